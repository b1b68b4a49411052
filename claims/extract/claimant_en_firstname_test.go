package extract

import "testing"

// TestFirstNameGermanEndingEN checks that an English first name ending
// like a German title ("-erin", "-ent") stays part of the name, while an
// English title before a surname still goes.
func TestFirstNameGermanEndingEN(t *testing.T) {
	for in, want := range map[string]string{
		"Erin Okafor":       "Erin Okafor",
		"Laurent Whitley":   "Laurent Whitley",
		"President Whitley": "Whitley",
		"Ruth Okafor":       "Ruth Okafor",
	} {
		if got := personNameEN(in); got != want {
			t.Errorf("personNameEN(%q) = %q, want %q", in, got, want)
		}
	}
	checkLast(t, "en", map[string]string{
		"Tom Okafor runs the port. Erin Okafor praised the plan.":                          "Erin Okafor",
		"Erin Whitley praised the plan on Monday. “It is a good day,” Whitley said later.": "Erin Whitley",
	})
}

// TestBodyNameEN checks that the adjective opening an English body's name
// stays part of it.
func TestBodyNameEN(t *testing.T) {
	for in, want := range map[string]string{
		"Congressional Harbor Office":      "Congressional Harbor Office",
		"National Employment Pier Project": "National Employment Pier Project",
	} {
		if got := personNameEN(in); got != want {
			t.Errorf("personNameEN(%q) = %q, want %q", in, got, want)
		}
	}
	checkLast(t, "en", map[string]string{
		"The pier will cost $2 million, according to the Congressional Harbor Office.": "Congressional Harbor Office",
	})
}
