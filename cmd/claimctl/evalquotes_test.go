package main

import (
	"testing"

	"claimdesk/claims/extract/trainset"
)

// TestQuoteTallyMeasures checks both measures of the claimant on annotated
// quotations: a leading article, a courtesy title and a relative pronoun.
func TestQuoteTallyMeasures(t *testing.T) {
	pairs := [][2]string{ // claimant, speaker mention
		{"The Daily News", "the Daily News"},
		{"Anna Berger", "Ms. Berger"},
		{"Anna Berger", "who"},
		{"", "Berger"},
		{"Anna Berger", "Berger"},
		{"Anna Berger", "Senatorin Anna Berger"},
	}
	var old, guide quoteTally
	for _, p := range pairs {
		old.add(p[0], trainset.SpeakerName(p[1]), asBefore)
		guide.add(p[0], trainset.SpeakerName(p[1]), byGuide)
	}
	if old != (quoteTally{named: 6, exact: 0, fuller: 2, empty: 1}) {
		t.Errorf("as before: %+v", old)
	}
	if guide != (quoteTally{named: 5, exact: 2, fuller: 4, empty: 1, pron: 1, pronGiven: 1}) {
		t.Errorf("by the guide: %+v", guide)
	}
}
