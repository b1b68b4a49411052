package tsindex

import (
	"math/rand"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestParseVector(t *testing.T) {
	got, err := ParseVector(`'a''b':1A,3 'back\\slash':2B,4C 'plain'`)
	if err != nil {
		t.Fatal(err)
	}
	want := []Entry{
		{"a'b", impact([]byte{3, 0}), []uint16{1, 3}},
		{`back\slash`, impact([]byte{2, 1}), []uint16{2, 4}},
		{"plain", impact([]byte{0}), []uint16{}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	if _, err := ParseVector(`'open`); err == nil {
		t.Fatal("an unterminated lexeme was read")
	}
}

// TestImpact checks impact against calc_rank_or's sum written out for
// two positions: weights A then D (best first) and D then A.
func TestImpact(t *testing.T) {
	a, d := float32(1.0), float32(0.1)
	if got, want := impact([]byte{3, 0}), a+(a+d/4)-a; got != want {
		t.Errorf("A,D: %v, want %v", got, want)
	}
	if got, want := impact([]byte{0, 3}), a+(d+a/4)-a/4; got != want {
		t.Errorf("D,A: %v, want %v", got, want)
	}
}

func TestParseQuery(t *testing.T) {
	for _, c := range []struct {
		in   string
		ok   bool
		want string // the operands in calc_rank_or's order
	}{
		{`'regier':* | 'regierung':* | 'regierung':*`, true, "regier* regierung*"},
		{`( 'a':* & 'b' ) | ( 'c' & 'a':* )`, true, "a* b c"},
		{`'one'`, true, "one"},
		{`'a' & 'b'`, false, ""}, // calc_rank_and
		{`'a' <-> 'b' | 'c'`, true, "a b c"},
		{`'b' <2> ( 'a':* <-> 'c' ) | 'c'`, true, "a* b c"},
		{`'a' <-> 'b'`, false, ""}, // calc_rank_and
		{`'a' <x> 'b' | 'c'`, false, ""},
		{`'a' <-> | 'c'`, false, ""},
		{`!'a' | 'b'`, false, ""},
		{`'a':A | 'b'`, false, ""}, // a weight restriction
		{`'a' | 'a':*`, false, ""},
		{``, false, ""},
	} {
		q, err := ParseQuery(c.in)
		if (err == nil) != c.ok {
			t.Errorf("%q: error %v", c.in, err)
			continue
		}
		if !c.ok {
			continue
		}
		var ops []string
		for _, o := range q.items {
			s := o.lexeme
			if o.prefix {
				s += "*"
			}
			ops = append(ops, s)
		}
		if got := strings.Join(ops, " "); got != c.want {
			t.Errorf("%q: operands %q, want %q", c.in, got, c.want)
		}
	}
}

// bruteRank ranks every document of docs by matching q's tree and adding
// the impacts item by item, lexeme by lexeme, as calc_rank_or does.
func bruteRank(docs map[int64][]Entry, q *Query) []Hit {
	var hits []Hit
	for row, es := range docs {
		has := func(o operand) []Entry {
			var out []Entry
			for _, e := range es {
				if e.Lexeme == o.lexeme || o.prefix && strings.HasPrefix(e.Lexeme, o.lexeme) {
					out = append(out, e)
				}
			}
			return out
		}
		var eval func(n *node) bool
		eval = func(n *node) bool {
			switch n.op {
			case '&':
				return eval(n.left) && eval(n.right)
			case '|':
				return eval(n.left) || eval(n.right)
			case '<':
				return len(bruteSpans(n, q, has)) > 0
			}
			return len(has(q.items[n.operand])) > 0
		}
		if !eval(q.root) {
			continue
		}
		var res float32
		for _, o := range q.items {
			for _, e := range has(o) {
				res = float32(float64(res) + float64(e.Impact)/1.64493406685)
			}
		}
		hits = append(hits, Hit{row, float64(-(res / float32(len(q.items))))})
	}
	slices.SortFunc(hits, better)
	return hits
}

// span is where a phrase matches: its first and its last position.
type span struct{ first, last uint16 }

// bruteSpans returns the spans where n, at or below a phrase operator and
// with ORs of single lexemes only, matches: the right side must start dist
// positions after the left one's end.
func bruteSpans(n *node, q *Query, has func(operand) []Entry) []span {
	var out []span
	switch n.op {
	case 0:
		for _, e := range has(q.items[n.operand]) {
			for _, p := range e.Pos {
				out = append(out, span{p, p})
			}
		}
	case '|':
		out = append(bruteSpans(n.left, q, has), bruteSpans(n.right, q, has)...)
	case '<':
		for _, l := range bruteSpans(n.left, q, has) {
			for _, r := range bruteSpans(n.right, q, has) {
				if int(r.first) == int(l.last)+n.dist {
					out = append(out, span{l.first, r.last})
				}
			}
		}
	}
	return out
}

func TestSearchAsBruteForce(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	words := []string{"reg", "regier", "regierung", "rat", "rathaus", "zeppelin", "x", "xy", "haus"}
	docs := map[int64][]Entry{}
	ix := New()
	// A document is a text of words, some positions left out (stop
	// words), each position with a random weight.
	newDoc := func() []Entry {
		byWord := map[string]*Entry{}
		var labels = map[string][]byte{}
		p := uint16(0)
		for n := 1 + rng.Intn(12); n > 0; n-- {
			p += uint16(1 + rng.Intn(2))
			w := words[rng.Intn(len(words))]
			if byWord[w] == nil {
				byWord[w] = &Entry{Lexeme: w}
			}
			byWord[w].Pos = append(byWord[w].Pos, p)
			labels[w] = append(labels[w], byte(rng.Intn(4)))
		}
		var es []Entry
		for w, e := range byWord {
			e.Impact = impact(labels[w])
			es = append(es, *e)
		}
		slices.SortFunc(es, func(a, b Entry) int { return strings.Compare(a.Lexeme, b.Lexeme) })
		return es
	}
	queries := []string{`'regier':*`, `'reg':* | 'rat'`, `( 'reg':* & 'haus' ) | ( 'x':* & 'rat':* )`, `'zeppelin' | 'xy' | 'rathaus'`,
		`'rat' <-> 'haus' | 'zeppelin'`, `( 'reg':* | 'x' ) <-> 'haus' <-> 'rat':* | 'xy'`, `'haus' <2> 'haus' | 'x' <-> 'x'`,
		`'x' <-> ( 'reg':* <-> 'rat' ) | 'zeppelin' <-> 'xy':* & 'haus'`,
		`'r':* <-> 'haus' | 'haus' <-> 'r':* <-> 'x':*`} // 'r':* has more lexemes than maxCursors
	for round := 0; round < 6; round++ {
		for i := 0; i < 300; i++ { // add, replace and remove rows
			row := int64(rng.Intn(400))
			if rng.Intn(5) == 0 {
				ix.Remove(row)
				delete(docs, row)
				continue
			}
			es := newDoc()
			ix.Set(row, es)
			docs[row] = es
		}
		if round%2 == 1 {
			ix.Compact()
		}
		for _, qs := range queries {
			q, err := ParseQuery(qs)
			if err != nil {
				t.Fatal(qs, err)
			}
			want := bruteRank(docs, q)
			for _, k := range []int{1, 7, 1000} {
				got, total := ix.Search(q, k)
				if total != len(want) {
					t.Fatalf("round %d %s: total %d, want %d", round, qs, total, len(want))
				}
				if w := want[:min(k, len(want))]; !slices.Equal(got, w) {
					t.Fatalf("round %d %s k=%d:\n got %v\nwant %v", round, qs, k, got, w)
				}
			}
		}
	}
	if ix.Rows() != len(docs) {
		t.Fatalf("rows %d, want %d", ix.Rows(), len(docs))
	}
}
