package extract

import "testing"

// TestTagAheadEN checks a quotation whose speech tag stands in the next
// unit of the same line: after the rest of the quotation or right after
// its closing mark, with the name before or after the verb and an
// abbreviated title dropped; a tag on the next line is no tag.
func TestTagAheadEN(t *testing.T) {
	lead := "The harbor board met on Monday.\n\n"
	for text, want := range map[string]string{
		lead + "''Who would pay for the new pier? It is a gamble,'' Ann Lerwick said.":        "Ann Lerwick",
		lead + "“Truth is stronger than tolls!” Westland Rep. Ann Lerwick wrote on her page.": "Ann Lerwick",
		lead + "\"Why would anyone buy the old ferry?\" asked Tom Brandell.":                  "Tom Brandell",
		lead + "“Truth is stronger than tolls!”\n\nAnn Lerwick wrote on her page.":            "",
	} {
		if got := claimantsOf(text, "en"); len(got) < 2 || got[1] != want {
			t.Errorf("%q: claimants %q, want %q second", text, got, want)
		}
	}
}
