package tsindex

import (
	"errors"
	"fmt"
	"math/bits"
	"slices"
	"strings"
)

// ErrUnsupported means that a query uses what the index does not do
// (NOT, weight restrictions) or that ts_rank would not rank it with
// calc_rank_or (its top operator is an AND or a phrase); the server
// answers it.
var ErrUnsupported = errors.New("tsindex: the query needs the server's text search")

// operand is one lexeme of a query, with :* when Prefix.
type operand struct {
	lexeme string
	prefix bool
}

// node is an AND (op '&'), OR ('|') or phrase ('<': right follows left
// at distance dist, <-> being <1>) of two nodes, or an operand (op 0).
type node struct {
	op          byte
	left, right *node
	operand     int // the operand's number in Query.items
	dist        int
}

// Query is a parsed tsquery of ANDs, ORs and phrases of lexemes whose top
// operator is an OR or that is one lexeme.
type Query struct {
	root   *node
	items  []operand // the distinct operands, in lexeme order, as calc_rank_or takes them
	phrase bool      // a phrase operator occurs
}

// ParseQuery reads a tsquery's text form ('a':* | 'b' & ( 'c' <-> 'd' )),
// whose operators bind as the server's: <N> tightest, then &, then |,
// each from the left.
// The empty query is ErrUnsupported (the server says it matches nothing).
func ParseQuery(s string) (*Query, error) {
	p := &queryParser{s: s}
	var ops []operand
	p.ops = &ops
	root, err := p.or()
	if err != nil {
		return nil, err
	}
	if p.skip(); p.i != len(s) {
		return nil, fmt.Errorf("%w: %q at %d", ErrUnsupported, s[p.i], p.i)
	}
	if root.op == '&' || root.op == '<' { // calc_rank_and
		return nil, ErrUnsupported
	}
	q := &Query{root: root, phrase: p.phrase}
	// Distinct operands by lexeme (qunique in SortAndUniqItems): the same
	// lexeme with and without :* would be kept in an unspecified order.
	byLexeme := map[string]int{}
	for _, o := range ops {
		if i, ok := byLexeme[o.lexeme]; ok {
			if q.items[i].prefix != o.prefix {
				return nil, ErrUnsupported
			}
			continue
		}
		byLexeme[o.lexeme] = len(q.items)
		q.items = append(q.items, o)
	}
	slices.SortFunc(q.items, func(a, b operand) int { return strings.Compare(a.lexeme, b.lexeme) })
	for i, o := range q.items {
		byLexeme[o.lexeme] = i
	}
	var number func(n *node)
	number = func(n *node) {
		if n.op == 0 {
			n.operand = byLexeme[ops[n.operand].lexeme]
			return
		}
		number(n.left)
		number(n.right)
	}
	number(root)
	return q, nil
}

// queryParser reads a tsquery's text form from position i of s, collecting
// the operands in ops; phrase is set once a phrase operator is read.
type queryParser struct {
	s      string
	i      int
	ops    *[]operand
	phrase bool
}

// skip moves past spaces.
func (p *queryParser) skip() {
	for p.i < len(p.s) && p.s[p.i] == ' ' {
		p.i++
	}
}

// or reads operands and parentheses joined by & (binding tighter) and |.
func (p *queryParser) or() (*node, error) {
	left, err := p.and()
	for err == nil {
		if p.skip(); p.i >= len(p.s) || p.s[p.i] != '|' {
			return left, nil
		}
		p.i++
		var right *node
		if right, err = p.and(); err == nil {
			left = &node{op: '|', left: left, right: right}
		}
	}
	return nil, err
}

// and reads operands and parentheses joined by & (phrases binding
// tighter).
func (p *queryParser) and() (*node, error) {
	left, err := p.phrases()
	for err == nil {
		if p.skip(); p.i >= len(p.s) || p.s[p.i] != '&' {
			return left, nil
		}
		p.i++
		var right *node
		if right, err = p.phrases(); err == nil {
			left = &node{op: '&', left: left, right: right}
		}
	}
	return nil, err
}

// phrases reads operands and parentheses joined by <-> or <N>.
func (p *queryParser) phrases() (*node, error) {
	left, err := p.unary()
	for err == nil {
		if p.skip(); p.i >= len(p.s) || p.s[p.i] != '<' {
			return left, nil
		}
		var dist int
		if dist, err = p.distance(); err != nil {
			return nil, err
		}
		var right *node
		if right, err = p.unary(); err == nil {
			left = &node{op: '<', left: left, right: right, dist: dist}
			p.phrase = true
		}
	}
	return nil, err
}

// distance reads a phrase operator, <-> (1) or <N>.
func (p *queryParser) distance() (int, error) {
	rest := p.s[p.i:]
	if strings.HasPrefix(rest, "<->") {
		p.i += 3
		return 1, nil
	}
	n, j := 0, 1
	for ; j < len(rest) && rest[j] >= '0' && rest[j] <= '9' && n <= maxPos; j++ {
		n = n*10 + int(rest[j]-'0')
	}
	if j == 1 || j >= len(rest) || rest[j] != '>' || n > maxPos {
		return 0, fmt.Errorf("%w: a phrase operator at %d", ErrUnsupported, p.i)
	}
	p.i += j + 1
	return n, nil
}

// unary reads a parenthesised query or an operand.
func (p *queryParser) unary() (*node, error) {
	if p.skip(); p.i >= len(p.s) {
		return nil, ErrUnsupported
	}
	switch p.s[p.i] {
	case '(':
		p.i++
		n, err := p.or()
		if err != nil {
			return nil, err
		}
		if p.skip(); p.i >= len(p.s) || p.s[p.i] != ')' {
			return nil, ErrUnsupported
		}
		p.i++
		return n, nil
	case '\'':
		return p.operand()
	}
	return nil, fmt.Errorf("%w: %q at %d", ErrUnsupported, p.s[p.i], p.i)
}

// operand reads a quoted lexeme, with :* for a prefix; any other weight or
// flag is ErrUnsupported.
func (p *queryParser) operand() (*node, error) {
	var lex strings.Builder
	p.i++
	for {
		if p.i >= len(p.s) {
			return nil, ErrUnsupported
		}
		c := p.s[p.i]
		if c == '\\' && p.i+1 < len(p.s) {
			lex.WriteByte(p.s[p.i+1])
			p.i += 2
			continue
		}
		if c == '\'' {
			if p.i+1 < len(p.s) && p.s[p.i+1] == '\'' {
				lex.WriteByte('\'')
				p.i += 2
				continue
			}
			p.i++
			break
		}
		lex.WriteByte(c)
		p.i++
	}
	o := operand{lexeme: lex.String()}
	if p.i < len(p.s) && p.s[p.i] == ':' {
		p.i++
		for p.i < len(p.s) && p.s[p.i] != ' ' && p.s[p.i] != ')' {
			if p.s[p.i] != '*' {
				return nil, ErrUnsupported // a weight restriction
			}
			o.prefix = true
			p.i++
		}
	}
	*p.ops = append(*p.ops, o)
	return &node{operand: len(*p.ops) - 1}, nil
}

// Hit is a matching row and its rank: ts_rank's value negated (lower is
// better), as Search's ORDER BY takes it.
type Hit struct {
	Row  int64
	Rank float64
}

// Search returns the k best rows for q (rank, then row) and the number of
// rows that match it.
func (ix *Index) Search(q *Query, k int) ([]Hit, int) {
	ix.sortTerms()
	words := len(ix.dead)
	if len(ix.acc) < len(ix.row) {
		ix.acc = make([]float32, len(ix.row))
	}
	sets := make([][]uint64, len(q.items))
	for i, o := range q.items {
		set := make([]uint64, words)
		for _, id := range ix.termIDs(o.lexeme, o.prefix) {
			p := &ix.post[id]
			for j, d := range p.docs {
				set[d/64] |= 1 << (d % 64)
				// calc_rank_or: res = res + (...) / 1.64493406685, in double, kept as float
				ix.acc[d] = float32(float64(ix.acc[d]) + float64(p.imp[j])/1.64493406685)
			}
		}
		sets[i] = set
	}
	match := (&matcher{ix: ix, q: q, sets: sets, words: words}).eval(q.root)
	size := float32(len(q.items))
	top := topK{k: k}
	total := 0
	for w, bitsW := range match {
		bitsW &^= ix.dead[w]
		for bitsW != 0 {
			d := uint32(w*64 + bits.TrailingZeros64(bitsW))
			bitsW &= bitsW - 1
			total++
			top.add(Hit{Row: ix.row[d], Rank: float64(-(ix.acc[d] / size))})
		}
	}
	clear(ix.acc)
	return top.sorted(), total
}

// better orders hits by rank, then row.
func better(a, b Hit) int {
	switch {
	case a.Rank < b.Rank:
		return -1
	case a.Rank > b.Rank:
		return 1
	case a.Row < b.Row:
		return -1
	case a.Row > b.Row:
		return 1
	}
	return 0
}

// topK keeps the k best hits added: a heap with the worst on top.
type topK struct {
	k    int
	heap []Hit
}

// add keeps h when fewer than k hits are kept or h is better than the worst
// of them, which it then replaces.
func (t *topK) add(h Hit) {
	if t.k <= 0 {
		return
	}
	if len(t.heap) < t.k {
		t.heap = append(t.heap, h)
		for i := len(t.heap) - 1; i > 0; { // up
			p := (i - 1) / 2
			if better(t.heap[p], t.heap[i]) >= 0 {
				break
			}
			t.heap[p], t.heap[i] = t.heap[i], t.heap[p]
			i = p
		}
		return
	}
	if better(h, t.heap[0]) >= 0 {
		return
	}
	t.heap[0] = h
	for i := 0; ; { // down
		l, w := 2*i+1, i
		if l < len(t.heap) && better(t.heap[l], t.heap[w]) > 0 {
			w = l
		}
		if l+1 < len(t.heap) && better(t.heap[l+1], t.heap[w]) > 0 {
			w = l + 1
		}
		if w == i {
			return
		}
		t.heap[i], t.heap[w] = t.heap[w], t.heap[i]
		i = w
	}
}

// sorted returns the kept hits, best first.
func (t *topK) sorted() []Hit {
	slices.SortFunc(t.heap, better)
	return t.heap
}
