package extract

import (
	"math/rand"
	"strings"
	"testing"
)

// TestStanceParticipleDE checks stanceParticipleDE against the map alone:
// every participle of stanceParticiplesDE passes its filter and is found,
// and the filter changes no answer for changed, cut and lengthened forms,
// other words of invented text and random strings.
func TestStanceParticipleDE(t *testing.T) {
	words := []string{"", "t", "kritisiert.", "Kritisiert", "gelobte", "belobt", "erkläre", "betonte",
		"sagte", "meinte", "wurde", "vom", "von", "stadtrat", "fährmann", "begrüsst", "begrüßte"}
	for w := range stanceParticiplesDE {
		if !stanceFilterDE.mayHold(w) {
			t.Errorf("stanceFilterDE.mayHold(%q) = false", w)
		}
		words = append(words, w, w[:len(w)-1], w+"e", "ge"+w, w[1:], w[:len(w)-2]+"en")
	}
	rng := rand.New(rand.NewSource(3))
	const letters = "abeginrstuvzäöüß"
	for range 20000 {
		b := make([]byte, 2+rng.Intn(12))
		for i := range b {
			b[i] = letters[rng.Intn(len(letters))]
		}
		words = append(words, string(b))
	}
	for _, w := range words {
		if got, want := stanceParticipleDE(w), stanceParticiplesDE[w]; got != want {
			t.Errorf("stanceParticipleDE(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestAnyStanceParticipleDE checks passiveAgentDE's pre-check against
// the map on every token: invented units with each participle first, in
// the middle and last (without a final mark), in upper case, and units
// without one; and that the rule still finds the agent of a unit ending
// in its participle.
func TestAnyStanceParticipleDE(t *testing.T) {
	var units []string
	for w := range stanceParticiplesDE {
		units = append(units, w+" wurde es vom Verein Lindenhof", "Der Plan wurde vom Verein Lindenhof "+w,
			"Der Plan wurde vom Verein Lindenhof "+w+" und vertagt.", "DER PLAN WURDE "+strings.ToUpper(w))
	}
	units = append(units, "", "Der Plan wurde vom Verein Lindenhof vertagt.", "Kritik kam vom Verein.", "gelobte betonte erklärte")
	var z tokenizer
	for _, u := range units {
		toks := z.tokenize(u, lexDE)
		want := false
		for k := range toks {
			want = want || stanceParticiplesDE[toks[k].low]
		}
		if got := anyStanceParticipleDE(toks); got != want {
			t.Errorf("anyStanceParticipleDE(%q) = %v, want %v", u, got, want)
		}
	}
	var d docState
	const u = "Der Plan wurde vom Elternverein Kastanienhof abgelehnt"
	if got := d.passiveAgentDE(z.tokenize(u, lexDE), u, lexDE); got != "Elternverein Kastanienhof" {
		t.Errorf("passiveAgentDE(%q) = %q, want %q", u, got, "Elternverein Kastanienhof")
	}
}
