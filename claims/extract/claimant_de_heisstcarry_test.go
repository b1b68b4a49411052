package extract

import "testing"

// TestHeisstEsCarryDE: Konjunktiv I after "heißt es" carries no earlier
// speaker.
func TestHeisstEsCarryDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Landrat Olaf Timm warnte: „Wir sind dem Engpass näher, als wir glauben.“ In dem neuen Beschluss heißt es, Ziel müsse es bleiben, die Kosten zu senken.": "",
		"Der Landrat Olaf Timm warnte: „Wir sind dem Engpass näher, als wir glauben.“ Ziel müsse es bleiben, die Kosten zu senken.":                                  "Olaf Timm",
	})
}
