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

// TestDepartmentAndEN checks an "and" inside a department's name before a
// title: it joins no two speakers, while an "and" before a name or before
// a one-word department does.
func TestDepartmentAndEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Housing and Urban Development Secretary Nora Quist said the waiting lists had doubled since 2019.":                "Nora Quist",
		"Mayor Ed Falk and Parks and Public Works Director Ivy Moll said the pool would stay closed until June.":           "Ed Falk; Ivy Moll",
		"Falk and Parks Director Ivy Moll said the pool would stay closed until June.":                                     "Falk; Ivy Moll",
		"At the hearing, Transport and Water Board chairman Rolf Ekman told lawmakers the pipes were older than 80 years.": "Rolf Ekman",
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
