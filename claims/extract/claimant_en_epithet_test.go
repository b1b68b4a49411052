package extract

import "testing"

// TestEpithetBeforeEN checks that a definite description of a person as
// the subject of a verb that only reports speech refers to the person
// last quoted, and that a verb naming another act or a description of a
// thing does not.
func TestEpithetBeforeEN(t *testing.T) {
	const before = "“The pier must close,” Ruth Okafor said on Monday. "
	checkLast(t, "en", map[string]string{
		before + "“We have no other choice,” the former candidate said at a rally.": "Ruth Okafor",
		before + "The billionaire told reporters the pier would reopen.":            "Ruth Okafor",
		before + "The candidate maintains an office near the pier.":                 "",
		before + "The report said the pier would reopen.":                           "",
		"“We have no other choice,” the former candidate said at a rally.":          "",
	})
}

// TestPartyEpithetEN checks that "the Ohio Republican said" refers to the
// person last quoted, and that a party description with an indefinite
// article stays as written.
func TestPartyEpithetEN(t *testing.T) {
	const before = "“The pier must close,” Ruth Okafor said on Monday. "
	checkLast(t, "en", map[string]string{
		before + "“We have no other choice,” the Ohio Republican said.": "Ruth Okafor",
	})
	for who, want := range map[string]bool{"Ohio Republican": true, "Senate Democrat": true, "Ruth Okafor": false, "Republican": false} {
		if got := partyEpithetShapeEN(who); got != want {
			t.Errorf("partyEpithetShapeEN(%q) = %v, want %v", who, got, want)
		}
	}
}

// TestEpithetNarratedEN checks that an epithet right after a sentence
// that narrates about a person, with no claimant, refers to that person.
func TestEpithetNarratedEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"“It is full,” said Tom Reyes. Ruth Okafor toured the pier. “It is safe,” the former candidate said.": "Ruth Okafor",
	})
}
