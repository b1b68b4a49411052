package extract

import "testing"

// TestBodyRoleSubjectEN checks that a headline's subject of a body's name
// and a role names the described person, not the body.
func TestBodyRoleSubjectEN(t *testing.T) {
	const after = "\n\nThe season ended on Sunday."
	for text, want := range map[string]string{
		"Westvale Rovers coach defends transfer policy" + after:  "Westvale Rovers coach",
		"Ostbay Ferries chief executive warns of delays" + after: "Ostbay Ferries chief executive",
	} {
		if got := claimantsOf(text, "en"); len(got) == 0 || got[0] != want {
			t.Errorf("%q: claimants %q, want %q first", text, got, want)
		}
	}
}
