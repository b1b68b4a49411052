package extract

import "testing"

// TestGenerationEN checks English names with a generational suffix: the
// suffix is found, the surname before it names the person later, and the
// claimant keeps the suffix's full stop.
func TestGenerationEN(t *testing.T) {
	for in, want := range map[string]string{
		"Hugh F. Lane Jr": "Hugh F. Lane", "Tom Alder III": "Tom Alder", "Dan Whitley": "Dan Whitley", "Jr": "Jr",
	} {
		if got, _ := generationEN(in); got != want {
			t.Errorf("generationEN(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"Hugh F. Lane Jr": "Hugh F. Lane Jr.", "Tom Alder III": "Tom Alder III", "Ann Lee": "Ann Lee"} {
		if got := generationStopEN(in); got != want {
			t.Errorf("generationStopEN(%q) = %q, want %q", in, got, want)
		}
	}
	checkLast(t, "en", map[string]string{
		"Hugh F. Lane Jr., a real estate investor, gave the money. The pier must close, Lane said.": "Hugh F. Lane Jr.",
	})
}

// TestGenerationBeforeVerbEN: a name with "Jr." or "Sr." right before the
// verb of saying after a quotation is the speaker.
func TestGenerationBeforeVerbEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"“The pier will reopen,” Tom Avery Jr. said.":           "Tom Avery Jr.",
		"“The pier will reopen,” Tom Avery Sr. told reporters.": "Tom Avery Sr.",
		"“The pier will reopen,” Tom Avery III said.":           "Tom Avery III",
	})
}
