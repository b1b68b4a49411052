package tsindex

import (
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// benchIndex returns an index of n documents of 8 to 24 words drawn from
// a vocabulary of 5,000 with Zipf frequencies (word 0 the most common),
// each at a position of its own.
func benchIndex(n int) *Index {
	rng := rand.New(rand.NewSource(1))
	zipf := rand.NewZipf(rng, 1.1, 2, 4999)
	ix := New()
	for row := 0; row < n; row++ {
		byWord := map[string][]uint16{}
		for p := 1; p <= 8+rng.Intn(17); p++ {
			w := fmt.Sprintf("w%d", zipf.Uint64())
			byWord[w] = append(byWord[w], uint16(p))
		}
		var es []Entry
		for w, pos := range byWord {
			es = append(es, Entry{Lexeme: w, Impact: impact(make([]byte, len(pos))), Pos: pos})
		}
		slices.SortFunc(es, func(a, b Entry) int { return strings.Compare(a.Lexeme, b.Lexeme) })
		ix.Set(int64(row), es)
	}
	return ix
}

// BenchmarkSearch times a query of two common words, as words and as
// phrases in three spellings (the form claimdesk_query gives a quoted
// phrase), on 100,000 documents.
func BenchmarkSearch(b *testing.B) {
	ix := benchIndex(100000)
	for _, qs := range []string{
		`'w1':* & 'w3':* | 'w1':* & 'w3':* | 'w1':* & 'w3':*`,
		`'w1':* <-> 'w3':* | 'w1':* <-> 'w3':* | 'w1':* <-> 'w3':*`,
		`'w1' <-> 'w3' | 'w1' <-> 'w30' | 'w10' <-> 'w3'`,
	} {
		q, err := ParseQuery(qs)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(qs, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				ix.Search(q, 20)
			}
		})
	}
}
