package extract

import (
	"math/rand/v2"
	"testing"
)

// TestRuleIndex checks that the rule index picks exactly the rules whose
// guard applies, for every flag byte and for random category sets.
func TestRuleIndex(t *testing.T) {
	x := rulesIndex(tokenRules)
	if x == nil {
		t.Fatal("no index")
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for f := 0; f < 256; f++ {
		for n := 0; n < 200; n++ {
			tok := token{flags: uint8(f), cat: category(rng.Uint64() & rng.Uint64())}
			if n%7 == 0 {
				tok.cat = 1 << rng.IntN(64)
			}
			if n == 0 {
				tok.cat = 0
			}
			var want uint64
			for k := range tokenRules {
				if tokenRules[k].applies(&tok) {
					want |= 1 << k
				}
			}
			if got := x.of(&tok); got != want {
				t.Fatalf("flags %b cat %b: index %b, guards %b", tok.flags, tok.cat, got, want)
			}
		}
	}
	saved := tokenRules
	tokenRules = tokenRules[:3:3]
	if y := rulesIndex(tokenRules); y == nil || y.n != 3 {
		t.Error("the index was not rebuilt for another list")
	}
	tokenRules = saved
}
