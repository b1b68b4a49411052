package extract

import "testing"

// TestAcademicTitleAfterRoleDE checks that an academic title between a
// noun of office and the name after a verb of saying leaves the name the
// speaker, also when a body was the last speaker.
func TestAcademicTitleAfterRoleDE(t *testing.T) {
	const before = "Das ergab eine Studie des Instituts für Bodenkunde. "
	checkLast(t, "de", map[string]string{
		before + "„Das ist wenig“, sagte die Projektleiterin Prof. Hella Brink.": "Hella Brink",
		before + "„Das ist wenig“, sagte der Chefarzt Prof. Dr. Ole Sand.":       "Ole Sand",
	})
	toks := []token{{low: "prof", flags: tCap}, {p: '.'}, {low: "dr", flags: tCap}, {p: '.'}, {low: "ole", flags: tCap}, {low: "sand", flags: tCap}}
	if got := skipAcademicDE(toks, 0); got != 4 {
		t.Errorf("skipAcademicDE = %d, want 4", got)
	}
}
