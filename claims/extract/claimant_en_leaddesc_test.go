package extract

import "testing"

// TestLeadDescribedEN checks that a lead's "A <role> said" takes the full
// name of the person the text names with that role later, also for the
// units that take up the description ("the judge said").
func TestLeadDescribedEN(t *testing.T) {
	text := "VELDEN (Wire) - A federal judge said on Friday that the ferry company had no right to close the pier.\n\n" +
		"At a hearing in Velden, U.S. District Judge Marta Okonkwo questioned the company's lawyers.\n\n" +
		"“You cannot close a public pier,” the judge said."
	got := claimantsOf(text, "en")
	if len(got) != 3 || got[0] != "Marta Okonkwo" || got[2] != "Marta Okonkwo" {
		t.Errorf("lead description: claimants %q, want Marta Okonkwo for the first and last unit", got)
	}
}
