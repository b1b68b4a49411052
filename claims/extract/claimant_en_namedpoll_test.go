package extract

import "testing"

// TestNamedPollEN checks that a poll named with a capitalised "Poll" is
// the claimant of the shares of respondents the next units give.
func TestNamedPollEN(t *testing.T) {
	text := "In a Tide News/Marlow Poll released Sunday, 61 percent of voters in Kelby backed the new pier.\n\nJust 13% of registered voters in the survey opposed it."
	if got := claimantsOf(text, "en"); len(got) != 2 || got[0] != "Tide News/Marlow Poll" || got[1] != "Tide News/Marlow Poll" {
		t.Errorf("%q: claimants %q, want the poll twice", text, got)
	}
}
