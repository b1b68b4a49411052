package extract

import "testing"

// TestQuotedSubjectEN checks that a quotation after a colon or comma in a
// unit with no verb of saying is the main clause's subject's, not the
// speaker's before, while a quoted title inside the sentence is no one's.
func TestQuotedSubjectEN(t *testing.T) {
	before := "“The pier must close,” Tom Bell said. "
	checkLast(t, "en", map[string]string{
		before + "Ann Lee delivered a sharp retort: “No one is closing the pier this year.”":               "Ann Lee",
		before + "Earlier on Monday, Ann Lee shared her doubts with donors, “I do not know who will win.”": "Ann Lee",
		before + "Ann Lee was the subject of an opera, “Harbor Nights at Sea,” composed by Dan Whitley.":   "",
	})
}
