package extract

import "testing"

// TestQuotedNameEN checks that a sentence opening with the name of a work
// in quotation marks does not go on in the last speaker's voice, while a
// quotation closed by a comma or holding a sentence does.
func TestQuotedNameEN(t *testing.T) {
	const before = "“The pier must close,” said Ruth Okafor. "
	checkLast(t, "en", map[string]string{
		before + "“Harbor Nights” ran for ten years on the local station.": "",
		before + "“We will fight it in court.”":                            "Ruth Okafor",
	})
	var z tokenizer
	for text, want := range map[string]bool{
		"“Harbor Nights” ran for ten years.": true,
		"“We lost,” she said.":               false,
		"“We lost.”":                         false,
		"“Keep the Pier” signs hung there.":  true,
	} {
		if got := quotedNameEN(z.tokenize(text, lexEN), text); got != want {
			t.Errorf("quotedNameEN(%q) = %v, want %v", text, got, want)
		}
	}
}
