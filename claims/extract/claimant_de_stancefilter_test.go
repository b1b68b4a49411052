package extract

import (
	"math/rand"
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
