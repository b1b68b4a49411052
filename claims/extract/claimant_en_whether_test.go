package extract

import "testing"

// TestWhetherClauseEN checks a verb of saying inside a "whether" clause:
// a question put to the speaker, not the claim of its subject.
func TestWhetherClauseEN(t *testing.T) {
	const lead = "Tom Bell spoke on Monday. "
	checkLast(t, "en", map[string]string{
		lead + "Asked by a reporter whether he thought the fee was fair, Mayor Ann Lee said “I think so.”": "Ann Lee",
		lead + "He said the pier would close.": "Tom Bell",
	})
}
