package textindex

import (
	"math"
	"slices"
)

// Phrase is one single-token FTS5 phrase: `"token"` or, with Prefix,
// `"token"*`, which matches every term that starts with Token.
type Phrase struct {
	Token  string
	Prefix bool
}

// Query is an FTS5 query of the form (p1 OR p2 ...) AND (p3 OR ...) AND
// ...: a row matches when, for every term, it holds one of its phrases.
// Phrases are scored in the order they appear, as FTS5 numbers them.
type Query [][]Phrase

// Hit is a matching row and its rank: FTS5's bm25() value, the negated
// BM25 score (lower is better).
type Hit struct {
	Row  int64
	Rank float64
}

// The BM25 parameters of FTS5's bm25(). They are variables so that Go
// computes with them as C does, at run time in float64.
var (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// Search returns the k best rows for q, best first (rank, then row), and
// the number of rows that match. Ranks equal those of FTS5's bm25() with
// all column weights 1, bit for bit, when log is the C library's log that
// SQLite uses (FTS5 computes each phrase's IDF with it; nil means
// math.Log). Every posting of the query's terms is visited once, to count
// the matches and each phrase's rows; a single-phrase query scores only
// the distinct (frequency, length) pairs of its matches, not each match.
func (ix *Index) Search(q Query, k int, log func(float64) float64) ([]Hit, int) {
	if log == nil {
		log = math.Log
	}
	var phrases [][]int32 // term ids per phrase
	var terms [][]int     // phrase numbers per term
	for _, t := range q {
		var ps []int
		for _, p := range t {
			ps = append(ps, len(phrases))
			phrases = append(phrases, ix.phraseIDs(p))
		}
		terms = append(terms, ps)
	}
	if len(terms) == 0 || ix.Rows() == 0 {
		return nil, 0
	}
	m := ix.match(phrases, terms)
	if k <= 0 || m.matches == 0 {
		return nil, m.matches
	}
	idf := make([]float64, len(phrases))
	n := int64(ix.Rows())
	for i, h := range m.nHit {
		idf[i] = log((float64(n-h) + 0.5) / (float64(h) + 0.5))
		if idf[i] <= 0 {
			idf[i] = 1e-6
		}
	}
	s := scorer{idf: idf, avgdl: float64(ix.tokens) / float64(n)}
	if len(phrases) == 1 && ix.weights == nil {
		return ix.topByClass(m, s, k), m.matches
	}
	return ix.topByScore(m, s, k), m.matches
}

// phraseIDs returns the term ids a phrase matches.
func (ix *Index) phraseIDs(p Phrase) []int32 {
	if p.Prefix {
		return ix.prefixIDs(p.Token)
	}
	if ix.weights == nil {
		if id, ok := ix.ids[p.Token]; ok {
			return []int32{id}
		}
		return nil
	}
	var out []int32
	for col := range ix.weights {
		if id, ok := ix.ids[string(columnKey(nil, []byte(p.Token), col))]; ok {
			out = append(out, id)
		}
	}
	return out
}

// matched are the rows matching a query: documents, per document the
// frequency of each phrase (row-major), and each phrase's number of rows.
type matched struct {
	docs    []uint32
	freq    []float64 // freq[i*phrases+p], each occurrence counted by its column's weight
	nHit    []int64
	matches int
}

// denseFrom is the number of postings of the cheapest term from which
// match numbers candidates in a dense array instead of a map.
var denseFrom = 4096

// match finds the documents holding every term, visiting the cheapest
// term first; the others only count and add frequencies.
func (ix *Index) match(phrases [][]int32, terms [][]int) matched {
	order := slices.Clone(terms)
	slices.SortStableFunc(order, func(a, b []int) int { return ix.cost(phrases, a) - ix.cost(phrases, b) })
	if len(order) == 1 && len(order[0]) == 1 && len(phrases[order[0][0]]) == 1 {
		return ix.matchOne(phrases[order[0][0]][0])
	}
	c := ix.newCandidates(ix.cost(phrases, order[0]))
	m := matched{nHit: make([]int64, len(phrases))}
	for j, t := range order {
		for _, p := range t {
			ix.addPhrase(&m, &c, phrases, p, j)
		}
	}
	c.clear(m.docs)
	m.keepAll(c.sat, len(order), len(phrases))
	return m
}

// cost is the number of postings a term's phrases hold.
func (ix *Index) cost(phrases [][]int32, term []int) int {
	c := 0
	for _, p := range term {
		for _, id := range phrases[p] {
			c += len(ix.post[id].docs)
		}
	}
	return c
}

// candidates numbers the documents the cheapest term holds, in the order
// match meets them, and counts for each how many terms it satisfies.
type candidates struct {
	slot  map[uint32]int32 // small queries
	dense []int32          // large ones: the index's scratch array, number+1 per document
	sat   []int32          // per candidate: terms satisfied so far
}

// newCandidates returns an empty numbering, dense when the cheapest term
// has more than denseFrom postings.
func (ix *Index) newCandidates(cost int) candidates {
	if cost <= denseFrom {
		return candidates{slot: map[uint32]int32{}}
	}
	if len(ix.slots) < len(ix.row) {
		ix.slots = make([]int32, len(ix.row))
	}
	return candidates{dense: ix.slots}
}

// get returns a document's number, if it is a candidate.
func (c *candidates) get(d uint32) (int32, bool) {
	if c.dense != nil {
		s := c.dense[d]
		return s - 1, s > 0
	}
	s, ok := c.slot[d]
	return s, ok
}

// add makes a document candidate number s.
func (c *candidates) add(d uint32, s int32) {
	if c.dense != nil {
		c.dense[d] = s + 1
	} else {
		c.slot[d] = s
	}
	c.sat = append(c.sat, 0)
}

// clear zeroes the dense array again for the next search.
func (c *candidates) clear(docs []uint32) {
	if c.dense == nil {
		return
	}
	for _, d := range docs {
		c.dense[d] = 0
	}
}

// addPhrase visits the live postings of phrase p of the j-th term in
// cost order: it counts the phrase's rows, adds its frequencies to the
// candidates, and marks the term satisfied for those that satisfied every
// term before it. Only the first term (j == 0) makes new candidates.
func (ix *Index) addPhrase(m *matched, c *candidates, phrases [][]int32, p, j int) {
	np := len(phrases)
	var seen map[uint32]bool // rows already counted, for a phrase of several ids
	if len(phrases[p]) > 1 {
		seen = map[uint32]bool{}
	}
	for _, id := range phrases[p] {
		post := &ix.post[id]
		for i, d := range post.docs {
			if ix.isDead(d) {
				continue
			}
			if seen == nil {
				m.nHit[p]++
			} else if !seen[d] {
				seen[d] = true
				m.nHit[p]++
			}
			s, ok := c.get(d)
			if !ok {
				if j > 0 {
					continue
				}
				s = int32(len(m.docs))
				m.docs = append(m.docs, d)
				m.freq = append(m.freq, make([]float64, np)...)
				c.add(d, s)
			}
			m.freq[int(s)*np+p] += float64(ix.weight[id] * float64(ix.freq(id, i)))
			if c.sat[s] == int32(j) {
				c.sat[s] = int32(j + 1)
			}
		}
	}
}

// keepAll keeps the candidates that satisfied all n terms, with their
// frequencies (np phrases each), in their order.
func (m *matched) keepAll(sat []int32, n, np int) {
	k := 0
	for i, d := range m.docs {
		if sat[i] == int32(n) {
			m.docs[k] = d
			copy(m.freq[k*np:(k+1)*np], m.freq[i*np:(i+1)*np])
			k++
		}
	}
	m.docs, m.freq, m.matches = m.docs[:k], m.freq[:k*np], k
}

// matchOne is match for a query of one phrase of one term: the live
// postings themselves.
func (ix *Index) matchOne(id int32) matched {
	p := &ix.post[id]
	m := matched{docs: make([]uint32, 0, len(p.docs)), freq: make([]float64, 0, len(p.docs)), nHit: make([]int64, 1)}
	for i, d := range p.docs {
		if !ix.isDead(d) {
			m.docs = append(m.docs, d)
			m.freq = append(m.freq, float64(ix.weight[id]*float64(ix.freq(id, i))))
		}
	}
	m.nHit[0], m.matches = int64(len(m.docs)), len(m.docs)
	return m
}

// scorer computes FTS5's bm25() for given phrase frequencies and length.
type scorer struct {
	idf   []float64
	avgdl float64
}

// rank returns bm25() as FTS5 computes it (fts5Bm25Function), in the
// same order of float64 operations.
func (s scorer) rank(freq []float64, length uint32) float64 {
	d := float64(length)
	score := 0.0
	for i, fq := range freq {
		num := float64(fq * float64(bm25K1+1.0))
		den := fq + float64(bm25K1*float64(1-bm25B+float64(float64(bm25B*d)/s.avgdl)))
		score += float64(s.idf[i] * float64(num/den))
	}
	return -1.0 * score
}

// better orders hits by rank, then row, as the search's ORDER BY does.
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

// topByScore scores every match and keeps the k best.
func (ix *Index) topByScore(m matched, s scorer, k int) []Hit {
	np := len(s.idf)
	hits := make([]Hit, 0, len(m.docs))
	for i, d := range m.docs {
		hits = append(hits, Hit{ix.row[d], s.rank(m.freq[i*np:(i+1)*np], ix.length[d])})
	}
	slices.SortFunc(hits, better)
	return hits[:min(k, len(hits))]
}

// maxClasses bounds the (frequency, length) table of topByClass.
const maxClasses = 1 << 20

// topByClass finds the k best matches of a single-phrase query by scoring
// each distinct (frequency, length) class once: the classes are ranked,
// the best ones holding k matches chosen, and only their matches sorted.
// Queries whose classes do not fit a table of maxClasses go to topByScore.
// The frequencies must be whole numbers (all weights 1).
func (ix *Index) topByClass(m matched, s scorer, k int) []Hit {
	var maxF, maxLen uint32
	for i, d := range m.docs {
		maxF, maxLen = max(maxF, uint32(m.freq[i])), max(maxLen, ix.length[d])
	}
	width := int(maxLen) + 1
	if (int(maxF)+1)*width > maxClasses {
		return ix.topByScore(m, s, k)
	}
	class := func(i int, d uint32) int { return int(m.freq[i])*width + int(ix.length[d]) }
	count := make([]int32, (int(maxF)+1)*width)
	for i, d := range m.docs {
		count[class(i, d)]++
	}
	type ranked struct {
		c    int
		rank float64
	}
	var classes []ranked
	for c, n := range count {
		if n > 0 {
			classes = append(classes, ranked{c, s.rank([]float64{float64(c / width)}, uint32(c%width))})
		}
	}
	slices.SortFunc(classes, func(a, b ranked) int { return better(Hit{Rank: a.rank}, Hit{Rank: b.rank}) })
	take := make([]bool, len(count))
	n := 0
	for i, c := range classes {
		if n >= k && c.rank > classes[i-1].rank {
			break
		}
		take[c.c] = true
		n += int(count[c.c])
	}
	hits := make([]Hit, 0, n)
	for i, d := range m.docs {
		if c := class(i, d); take[c] {
			hits = append(hits, Hit{ix.row[d], s.rank(m.freq[i:i+1], ix.length[d])})
		}
	}
	slices.SortFunc(hits, better)
	return hits[:min(k, len(hits))]
}
