// Package benchgen generates the deterministic claim texts used by the
// storage benchmarks and by the sqlite3 reference script: German- and
// English-like words, about 200 bytes per claim, with one common and one
// rare search term planted at fixed rates.
package benchgen

import (
	"math"
	"math/rand/v2"
	"strings"
)

// The planted search terms.
const (
	CommonTerm = "regierung" // in about 36 % of the claims
	RareTerm   = "zeppelin"  // in about 1 claim in 10,000
)

var (
	onsets = []string{"b", "br", "d", "f", "g", "gr", "h", "k", "kl", "l", "m", "n", "p", "pf", "r", "s", "sch", "st", "t", "tr", "v", "w", "z", "th", "sp"}
	nuclei = []string{"a", "e", "i", "o", "u", "ä", "ö", "ü", "ei", "au", "ie", "ea", "ou"}
	codas  = []string{"", "n", "r", "s", "t", "nd", "ng", "ch", "ß", "st", "rt", "ll", "m"}
)

// vocabulary is 4,000 distinct words built from syllables; low indexes are
// drawn far more often (Zipf), as in real text.
var vocabulary = func() []string {
	r := rand.New(rand.NewPCG(1, 2))
	seen := map[string]bool{CommonTerm: true, RareTerm: true}
	var out []string
	for len(out) < 4000 {
		var b strings.Builder
		for n := 1 + r.IntN(3); n > 0; n-- {
			b.WriteString(onsets[r.IntN(len(onsets))])
			b.WriteString(nuclei[r.IntN(len(nuclei))])
			b.WriteString(codas[r.IntN(len(codas))])
		}
		w := b.String()
		if len(w) < 3 || seen[w] {
			continue
		}
		seen[w] = true
		out = append(out, w)
	}
	return out
}()

// Text returns the text of generated claim i (the same on every run).
func Text(i int) string {
	r := rand.New(rand.NewPCG(uint64(i), 0x5eed))
	words := make([]string, 0, 32)
	for len(words) < 20 {
		// A power law over the vocabulary: index = 4000^u - 1 for uniform u.
		idx := int(math.Pow(4000, r.Float64())) - 1
		words = append(words, vocabulary[min(max(idx, 0), len(vocabulary)-1)])
	}
	if r.IntN(100) < 36 {
		words[r.IntN(len(words))] = CommonTerm
	}
	if i%10000 == 4242 {
		words[r.IntN(len(words))] = RareTerm
	}
	words[0] = strings.ToUpper(words[0][:1]) + words[0][1:]
	return strings.Join(words, " ") + "."
}

// Claimant returns the claimant of generated claim i.
func Claimant(i int) string {
	return []string{"Ministerium", "Opposition", "Verband", "Minister", "Blogger"}[i%5]
}

// Status returns the workflow status of generated claim i.
func Status(i int) string {
	return []string{"new", "researching", "in_review", "published", "discarded"}[i%7%5]
}
