package extract

import "testing"

// TestOrdinalRankEN checks that an ordinal and an abbreviated rank after
// a branch of service ("Air Force 1st Lt.") do not end the name of an
// inverted speaker.
func TestOrdinalRankEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"“The base will stay open,” said Air Force 1st Lt. Mara Quinlan.": "Mara Quinlan",
		"1st Lt. Mara Quinlan said the base would stay open.":             "Mara Quinlan",
	})
	var z tokenizer
	for text, want := range map[string]bool{"1st Lt. Mara Quinlan": true, "1st place Mara Quinlan": false, "12 Lt. Mara Quinlan": false} {
		if got := ordinalRankAt(z.tokenize(text, lexEN), 0); got != want {
			t.Errorf("ordinalRankAt(%q) = %v, want %v", text, got, want)
		}
	}
}
