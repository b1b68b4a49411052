package extract

import (
	"math"
	"math/rand"
	"testing"
)

// cacheTerms returns term hashes that a termCache must tell apart: random
// ones, repeats, 0, and hashes that share an entry with another
// (termSlot) but differ from it.
func cacheTerms(rng *rand.Rand, n int) []term {
	ts := make([]term, 0, n)
	for len(ts) < n {
		var h uint32
		switch k := rng.Intn(10); {
		case k < 4 || len(ts) == 0:
			h = rng.Uint32()
		case k < 6:
			h = ts[rng.Intn(len(ts))].h // a repeat
		case k < 7:
			h = 0
		default: // another hash of the same entry as an earlier one
			p := ts[rng.Intn(len(ts))].h
			for h = rng.Uint32(); termSlot(h) != termSlot(p) || h == p; h = rng.Uint32() {
			}
		}
		ts = append(ts, term{h: h})
	}
	return ts
}

// TestTermCacheLikeTable checks that termCache.weights gives the values of
// hashTable.weights bit for bit: on random hashes with repeats, hash 0 and
// hashes sharing an entry, in batches of every length, for every domain in
// turn and for two tables (the shipped one and one of random weights,
// every bucket non-zero), the same cache going on across all of them.
func TestTermCacheLikeTable(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	w := make([]float32, nHash)
	for i := range w {
		w[i] = float32(rng.Intn(2001)-1000)/1000 + 0.0005
	}
	own := newHashTable(w)
	if own == nil || scorer.tab == nil {
		t.Fatal("no table")
	}
	var c termCache
	for round := 0; round < 6; round++ {
		for _, tab := range []*hashTable{scorer.tab, own} {
			for dom := 0; dom < nDom; dom++ {
				ts := cacheTerms(rng, 3000)
				for len(ts) > 0 {
					b := ts[:min(len(ts), 1+rng.Intn(hashBatch))]
					ts = ts[len(b):]
					sc := 1 / math.Sqrt(float64(1+rng.Intn(50)))
					var got, want [hashBatch]float64
					c.weights(tab, b, dom, sc, &got)
					tab.weights(b, dom, sc, &want)
					for i := range b {
						if math.Float64bits(got[i]) != math.Float64bits(want[i]) {
							t.Fatalf("round %d, domain %d, hash %#x: %v, want %v", round, dom, b[i].h, got[i], want[i])
						}
					}
				}
			}
		}
	}
}

// TestTermCacheScores checks that scoring through a termCache gives a
// unit's logit and reasons bit for bit as without it, on invented German
// and English text read twice (the second time mostly from the cache).
func TestTermCacheScores(t *testing.T) {
	texts := []struct{ text, lang string }{
		{"Der Bürgermeister von Kleinhausen sagte am Montag, die Brücke über die Wenne koste 4,2 Millionen Euro. " +
			"Die Opposition im Stadtrat hält das für zu teuer. „Wir werden klagen“, sagte Fraktionschefin Edda Marlow.", "de"},
		{"The mayor of Eastbridge said on Monday that the new ferry would cost $12 million. " +
			"Critics on the council called the figure too low, and a vote is due in May.", "en"},
	}
	var c termCache
	var z tokenizer
	for pass := 0; pass < 2; pass++ {
		for _, x := range texts {
			toks := z.tokenize(x.text, lexFor(x.lang))
			var a analysis
			analyze(&z, x.text, toks, x.lang, &a)
			a.seal()
			ts := terms(x.text, toks, nil)
			for dom := 0; dom < nDom; dom++ {
				var cx ctxInputs
				z1, r1 := scorer.scoreLogit(x.text, &a, &cx, ts, dom, nil)
				z2, r2 := scorer.scoreLogitWith(x.text, &a, &cx, ts, dom, nil, &c)
				if math.Float64bits(z1) != math.Float64bits(z2) || len(r1) != len(r2) {
					t.Fatalf("pass %d, %s, domain %d: logit %v with the cache, want %v (reasons %q, want %q)", pass, x.lang, dom, z2, z1, r2, r1)
				}
				for i := range r1 {
					if r1[i] != r2[i] {
						t.Fatalf("pass %d, %s, domain %d: reasons %q with the cache, want %q", pass, x.lang, dom, r2, r1)
					}
				}
			}
		}
	}
}
