package extract

import (
	"slices"
	"testing"
)

// TestLetterSpeakerDE checks a page of readers' letters: a letter's units
// are the writer's whose signature line follows them (a title left out),
// over several paragraphs; a source of the unit's own stays, and neither
// the line that introduces the letters nor the signature itself, nor a
// text without the heading, gets the writer (invented sentences).
func TestLetterSpeakerDE(t *testing.T) {
	page := "Leserbriefe\n\nZum Bericht „Neue Brücke“:\n\n"
	for text, want := range map[string][]string{
		page + "Die alte Brücke wurde 1998 gebaut.\n\nOtto Brenner, Kaltenau":                                                                 {"", "", "Otto Brenner", ""},
		page + "Die alte Brücke wurde 1998 gebaut.\n\nSie kostete damals 3 Millionen Mark.\n\nDr. Ina Wolters, Vorsitzende des Bürgervereins": {"", "", "Ina Wolters", "Ina Wolters", ""},
		page + "Laut der Stadtverwaltung wurde die Brücke 1998 gebaut.\n\nOtto Brenner, Kaltenau":                                             {"", "", "Stadtverwaltung", ""},
		page + "Die alte Brücke wurde 1998 gebaut.\n\nOtto Brenner, Kaltenau\n\nDie Stadt hat das Geld.\n\nIna Wolters, Talheim":              {"", "", "Otto Brenner", "", "Ina Wolters", ""},
		"Die alte Brücke wurde 1998 gebaut.\n\nOtto Brenner, Kaltenau":                                                                        {"", ""},
	} {
		if got := claimantsOf(text, "de"); !slices.Equal(got, want) {
			t.Errorf("%q:\n got %q\nwant %q", text, got, want)
		}
	}
	for line, want := range map[string]string{"Otto Brenner, Kaltenau": "Otto Brenner", "Dr. Ina Wolters, Vorsitzende des Bürgervereins": "Ina Wolters",
		"Die Stadt baut, sagte er.": "", "Otto Brenner, der Bürgermeister, sagte das.": ""} {
		if got := signatureDE(line); got != want {
			t.Errorf("signatureDE(%q) = %q, want %q", line, got, want)
		}
	}
}
