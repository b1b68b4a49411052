package extract

import (
	"fmt"
	"math/rand/v2"
	"sync"
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

// TestExtractConcurrent extracts in several goroutines at once (the lexicon
// tables and the rule index are built on first use and shared) and checks
// that every goroutine gets what a lone extraction gets; run with -race.
func TestExtractConcurrent(t *testing.T) {
	texts := []string{germanNewsText, englishNewsText}
	got := make([]string, 8)
	var wg sync.WaitGroup
	for g := range got {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			got[g] = fmt.Sprint(Extract(texts[g%len(texts)], Options{}))
		}(g)
	}
	wg.Wait()
	for g, s := range got {
		if want := fmt.Sprint(Extract(texts[g%len(texts)], Options{})); s != want {
			t.Errorf("goroutine %d: %s\nalone: %s", g, s, want)
		}
	}
}

const germanNewsText = `BERLIN – Der Bundestag hat am Donnerstag mit 412 zu 203 Stimmen ein neues Gesetz beschlossen. „Wir haben lange verhandelt“, sagte die Ministerin Petra Hollmann.
Laut dem Statistischen Bundesamt stiegen die Preise um 3,5 Prozent. Ist das gerecht?`

const englishNewsText = `WASHINGTON – The Senate voted 52-48 on Tuesday. "We are proud," said Governor John Miller.
Unemployment fell to 3.5% in March, according to the Labor Department.`
