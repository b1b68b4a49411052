package extract

import "testing"

// TestBodyAndEN checks that a body's name holding "and" is one claimant:
// its second part ends in an abstract noun, or its first part is a word
// the text also writes in lower case; two people or two countries stay
// two claimants.
func TestBodyAndEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Ferries stopped at the pier. Harbor Safety and Coast Inspection said the ferries were unsafe.":          "Harbor Safety and Coast Inspection",
		"The ferries carry freight. Freight and Harbor Services says the pier must close.":                       "Freight and Harbor Services",
		"Guards checked the harbor papers on the coast. Coast and Harbor Protection said the papers were false.": "Coast and Harbor Protection",
		"The pier closed on Monday. Ruth Okafor and Dan Whitley said the ferries were unsafe.":                   "Ruth Okafor; Dan Whitley",
		"The pier closed on Monday. Norland and Estavia said the ferries were unsafe.":                           "Norland; Estavia",
	})
}

// TestAndBodyNameEN checks the shape of a body's name joined by "and"
// that the clean-up of titles and surnames leaves whole.
func TestAndBodyNameEN(t *testing.T) {
	for name, want := range map[string]bool{
		"Coast and Harbor Protection":   true,
		"Parks and Recreation Services": true,
		"Harbor Inspection":             false, // no "and"
		"Ruth Okafor and Dan Whitley":   false,
		"Norland and Estavia":           false,
		"Salt and Pepper Tea":           false,
	} {
		if got := andBodyNameEN(name); got != want {
			t.Errorf("andBodyNameEN(%q) = %v, want %v", name, got, want)
		}
	}
}
