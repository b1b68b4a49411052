package extract

import "testing"

// TestPostAheadEN checks that the sentences of an embedded post take the
// author its signature names at the end of their paragraph, and that a
// paragraph without a signature, or with more than a date after the
// handle, gives none.
func TestPostAheadEN(t *testing.T) {
	lead := "The harbor board met on Monday.\n\n"
	for text, want := range map[string]string{
		lead + "The ferry must stop tonight. Nobody sails in this storm. — Ruth Okafor (@ruthokafor) May 2, 2019":                       "Ruth Okafor",
		lead + "The ferry must stop tonight. Nobody sails in this storm.\n\n— Ruth Okafor (@ruthokafor) May 2, 2019":                    "",
		lead + "The ferry must stop tonight. Nobody sails in this storm. — Ruth Okafor (@ruthokafor) wrote this after the vote failed.": "",
	} {
		if got := claimantsOf(text, "en"); len(got) < 2 || got[1] != want {
			t.Errorf("%q: claimants %q, want %q second", text, got, want)
		}
	}
}
