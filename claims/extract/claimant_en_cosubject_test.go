package extract

import "testing"

// TestCoSubjectsEN checks a subject of several names, described or not,
// before an English verb of saying: each of them is a claimant, and a
// comma before "and" joins no two subjects.
func TestCoSubjectsEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Harbor attorneys Dana Kurtz, Lea Moss and Mel Brown said on Monday that the hearing was unfair.": "Dana Kurtz; Lea Moss; Mel Brown",
		"Yes, and Ruth Ames said the count was wrong.":                                                    "Ruth Ames",
		"Ann Lee and Tom Bell said the bridge would open in May.":                                         "Ann Lee; Tom Bell",
	})
}

// TestConjunctsBeforeEN checks the conjuncts read before a verb: a
// described last conjunct, a serial comma, and no subject when a
// lower-case word that names no person stands in a description.
func TestConjunctsBeforeEN(t *testing.T) {
	for text, want := range map[string]int{
		"Chief negotiator Ann Lee and Harbor County finance director Tom Bell said": 2,
		"Ann Lee, Tom Bell, and Eva Roth said":                                      3,
		"Ann Lee met Tom Bell and Eva Roth said":                                    0,
		"Ann Lee, and Tom Bell said":                                                0,
	} {
		var z tokenizer
		toks := z.tokenize(text, lexEN)
		if got := len(conjunctsBeforeEN(toks, text, len(toks)-1, lexEN, nil)); got != want {
			t.Errorf("%q: %d conjuncts, want %d", text, got, want)
		}
	}
}
