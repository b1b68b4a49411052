package extract_test

import "testing"

// TestFootnoteMarkSplit checks that a footnote's mark after a full stop
// (superscript digits, a number in square brackets) ends the sentence with
// it, and that one inside a sentence does not cut it (invented sentences).
func TestFootnoteMarkSplit(t *testing.T) {
	checkSplits(t, []unitCase{
		{"Das Land sparte 90 Millionen Euro.² Die Opposition bestreitet das.",
			[]string{"Das Land sparte 90 Millionen Euro.²", "Die Opposition bestreitet das."}},
		{"The state saved $90 million.[12] The opposition disputes that.",
			[]string{"The state saved $90 million.[12]", "The opposition disputes that."}},
		{"Die Reform¹ senkte die Zahl der Kreise[3] auf 35. Das war 2021.",
			[]string{"Die Reform¹ senkte die Zahl der Kreise[3] auf 35.", "Das war 2021."}},
		{"Die Fläche beträgt 12 m². Sie wächst.", []string{"Die Fläche beträgt 12 m².", "Sie wächst."}},
	})
}
