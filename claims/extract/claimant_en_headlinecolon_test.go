package extract

import "testing"

// TestHeadlineColonNameEN checks a headline that opens with a surname (or
// a full name) and a colon: the speaker is the person the text names in
// full below, not a title before the surname; a label the text never
// gives as a name and a question are no speaker; a title before the
// surname ("President Lerwick") is no first name.
func TestHeadlineColonNameEN(t *testing.T) {
	body := "\n\nPresident Lerwick opened the meeting; the president of the board spoke first. Mayor Ann Lerwick said the tolls were too low."
	for text, want := range map[string]string{
		"Lerwick: The ferry tolls will double next spring." + body:      "Ann Lerwick",
		"Ann Lerwick: The ferry tolls will double next spring." + body:  "Ann Lerwick",
		"Photos: The ferry tolls will double next spring." + body:       "",
		"Lerwick: Will the ferry tolls double next spring?" + body:      "",
		"Dunmore: The ferry tolls will double next spring." + body:      "",
		"Tom Brandell: The ferry tolls will double next spring." + body: "",
	} {
		if got := claimantsOf(text, "en"); len(got) == 0 || got[0] != want {
			t.Errorf("%q: claimants %q, want %q first", text, got, want)
		}
	}
}
