package extract

import "testing"

// TestReportedNameDE checks that "sagte sie" after a clause of reported
// speech about a person refers back to the speaker before the sentence,
// not to the person the clause speaks of; a clause in the indicative may
// still hold the referent.
func TestReportedNameDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Richterin Ute Brahm sprach von einem Vertrauensbruch. Tom Weis habe seine Stellung ausgenutzt, sagte sie.": "Ute Brahm",
		"Die Richterin Ute Brahm sprach von einem Vertrauensbruch. Karla Wendt habe gelogen, sagte sie.":                "Ute Brahm",
	})
}
