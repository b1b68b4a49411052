package extract

import "testing"

// TestDescribedComplementEN checks a described source after the verb whose
// complement names a person ("an adviser to Ann Lerwick") or takes "in"
// after a participle ("a source involved in …"): the whole description is
// the claimant, as it is before the verb; a participle with a date after
// it still makes no described source.
func TestDescribedComplementEN(t *testing.T) {
	lead := "Ann Lerwick spoke at the harbor on Monday.\n\n"
	for text, want := range map[string]string{
		lead + "“The pier is unsafe,” said a longtime adviser to Ann Lerwick.":       "a longtime adviser to Ann Lerwick",
		lead + "“The pier is unsafe,” said one person close to Tom Brandell.":        "one person close to Tom Brandell",
		lead + "“The pier is unsafe,” says a source involved in the ferry talks.":    "a source involved in the ferry talks",
		lead + "“The pier is unsafe,” said a report released Thursday by the board.": "",
	} {
		if got := claimantsOf(text, "en"); len(got) < 2 || got[1] != want {
			t.Errorf("%q: claimants %q, want %q second", text, got, want)
		}
	}
}
