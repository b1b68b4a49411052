package desk

import "testing"

// TestClaimTextPrintCopy checks that a claim made from text copied out of
// a print layout reads as one line with its hyphenated words whole
// (invented sentences).
func TestClaimTextPrintCopy(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Die Bundes-\nregierung senkt die Steuer um\n3 Prozent.", "Die Bundesregierung senkt die Steuer um 3 Prozent."},
		{"Der Nord-\nOstsee-Kanal bleibt gesperrt.", "Der Nord-Ostsee-Kanal bleibt gesperrt."},
		{"  Die Kultus\u00administerin sprach von 40 Schulen.\n", "Die Kultusministerin sprach von 40 Schulen."},
		{"The govern-\nment cut the tax by 3 percent.", "The government cut the tax by 3 percent."},
	}
	for _, c := range cases {
		if got := ClaimText(c.in); got != c.want {
			t.Errorf("ClaimText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
