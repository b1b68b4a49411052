package textindex

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// bruteSearch ranks every row of docs for q as FTS5 defines it: a phrase
// matches the tokens it equals (or, with Prefix, starts), its frequency
// counts them in the row, and BM25 sums over the phrases.
func bruteSearch(docs map[int64][][]string, weights []float64, q Query) []Hit {
	var phrases []Phrase
	for _, t := range q {
		phrases = append(phrases, t...)
	}
	matches := func(p Phrase, tok string) bool {
		return tok == p.Token || p.Prefix && strings.HasPrefix(tok, p.Token)
	}
	freq := func(cols [][]string, p Phrase) (n float64) {
		for c, toks := range cols {
			for _, tok := range toks {
				if matches(p, tok) {
					n += weights[c]
				}
			}
		}
		return n
	}
	length := func(cols [][]string) (n int) {
		for _, toks := range cols {
			n += len(toks)
		}
		return n
	}
	var total int64
	for _, cols := range docs {
		total += int64(length(cols))
	}
	idf := make([]float64, len(phrases))
	for i, p := range phrases {
		var n int64
		for _, toks := range docs {
			if freq(toks, p) > 0 {
				n++
			}
		}
		idf[i] = math.Log((float64(int64(len(docs))-n) + 0.5) / (float64(n) + 0.5))
		if idf[i] <= 0 {
			idf[i] = 1e-6
		}
	}
	s := scorer{idf: idf, avgdl: float64(total) / float64(len(docs))}
	var hits []Hit
	for row, toks := range docs {
		all := true
		for _, t := range q {
			any := false
			for _, p := range t {
				any = any || freq(toks, p) > 0
			}
			all = all && any
		}
		if !all {
			continue
		}
		f := make([]float64, len(phrases))
		for i, p := range phrases {
			f[i] = freq(toks, p)
		}
		hits = append(hits, Hit{row, s.rank(f, uint32(length(toks)))})
	}
	slices.SortFunc(hits, better)
	return hits
}

// TestSearchAsBruteForce checks Search against bruteSearch on random rows
// after random sets, replacements and removals (with and without
// compaction), for single words, prefixes, spelling alternatives and
// several words.
func TestSearchAsBruteForce(t *testing.T) {
	defer func(n int) { denseFrom = n }(denseFrom)
	for _, dense := range []int{4096, 0} {
		denseFrom = dense
		for _, weights := range [][]float64{{1, 1}, {4, 1}} {
			t.Run(fmt.Sprint(weights, dense), func(t *testing.T) { testSearchAsBruteForce(t, weights) })
		}
	}
}

func testSearchAsBruteForce(t *testing.T, weights []float64) {
	r := rand.New(rand.NewPCG(1, 2))
	words := []string{"regierung", "regierungen", "regen", "rat", "straße", "strasse", "köln", "koln", "Bund", "bundestag", "x", "zeppelin"}
	text := func() string {
		var b []string
		for range 1 + r.IntN(12) {
			b = append(b, words[r.IntN(len(words))])
		}
		return strings.Join(b, " ")
	}
	ix := NewWeighted(weights)
	docs := map[int64][][]string{}
	steps := 3000
	if raceDetector || testing.Short() {
		steps = 600
	}
	for step := range steps {
		row := int64(r.IntN(400))
		switch r.IntN(10) {
		case 0:
			ix.Remove(row)
			delete(docs, row)
		default:
			a, b := text(), text()
			ix.Set(row, a, b)
			docs[row] = [][]string{Tokens(a), Tokens(b)}
		}
		if step%500 == 499 {
			ix.Compact()
		}
		if step%100 != 0 {
			continue
		}
		for _, q := range []Query{
			{{{Token: "regierung", Prefix: true}}},
			{{{Token: "reg", Prefix: true}}},
			{{{Token: "rat"}}},
			{{{Token: "strasse", Prefix: true}, {Token: "straße", Prefix: true}}},
			{{{Token: "bund", Prefix: true}}, {{Token: "koln", Prefix: true}}},
			{{{Token: "x"}}, {{Token: "r", Prefix: true}}, {{Token: "zeppelin"}}},
			{{{Token: "nothing"}}},
		} {
			want := bruteSearch(docs, weights, q)
			for _, k := range []int{1, 5, 20, 1000} {
				got, total := ix.Search(q, k, nil)
				if total != len(want) || !slices.Equal(got, want[:min(k, len(want))]) {
					t.Fatalf("step %d, %v, k %d: %d hits %v\nwant %d %v", step, q, k, total, got, len(want), want[:min(k, len(want))])
				}
			}
		}
	}
	if ix.Rows() != len(docs) {
		t.Fatalf("%d rows, want %d", ix.Rows(), len(docs))
	}
}

// TestCandidates checks "seen before" retrieval: any word may match, the
// rows holding the rarer and more of the words first.
func TestCandidates(t *testing.T) {
	ix := New()
	texts := []string{
		"Die Regierung senkt die Steuern",
		"Die Regierung erhöht die Renten",
		"Der Zeppelin landet in Friedrichshafen",
		"Steuern und Renten: die Regierung plant",
		"Ein Text ohne Bezug",
	}
	for i, s := range texts {
		ix.Set(int64(i), s)
	}
	got := ix.Candidates("Regierung erhöht Renten", 3)
	var rows []int64
	for _, h := range got {
		rows = append(rows, h.Row)
	}
	if fmt.Sprint(rows) != "[1 3 0]" {
		t.Fatalf("candidates %v (%v)", rows, got)
	}
	if ix.Candidates("", 3) != nil || ix.Candidates("unbekannt", 3) != nil {
		t.Fatal("candidates for nothing that matches")
	}
	if a, b := ix.IDF("zeppelin"), ix.IDF("regierung"); !(a > b) {
		t.Fatalf("idf of a rare word %v, of a common one %v", a, b)
	}
}

// TestTokens covers the ASCII and Latin cases FTS5's unicode61 folds.
func TestTokens(t *testing.T) {
	got := Tokens("Die Regierung in KÖLN — 2020, Straße_ß? naïve e\u0301te\u0301")
	want := []string{"die", "regierung", "in", "koln", "2020", "straße", "ß", "naive", "ete"}
	if !slices.Equal(got, want) {
		t.Fatalf("tokens %q, want %q", got, want)
	}
}
