package extract_test

import (
	"testing"
)

// TestSplitDecimalAndHonourable: a sentence may end on a number with a
// decimal point ("$36.12.") unless the number could be a German date
// ("am 24.12."), and the abbreviations of a British member's title ("the
// hon. Member", "Rt. Hon.") end none (invented sentences).
func TestSplitDecimalAndHonourable(t *testing.T) {
	checkSplits(t, []unitCase{
		{"The shares closed at $36.12. That was the lowest level since March.",
			[]string{"The shares closed at $36.12.", "That was the lowest level since March."}},
		{"Inflation rose to 4.75. Economists had expected less.",
			[]string{"Inflation rose to 4.75.", "Economists had expected less."}},
		{"Prices fell by $3.12. Traders sold.",
			[]string{"Prices fell by $3.12.", "Traders sold."}},
		{"Der Markt öffnet am 24.12. Geschenke gibt es dort nicht.",
			[]string{"Der Markt öffnet am 24.12. Geschenke gibt es dort nicht."}},
		{"The hon. Member for Westby asked about it. He said the figure was wrong.",
			[]string{"The hon. Member for Westby asked about it.", "He said the figure was wrong."}},
		{"The Rt. Hon. Jane Doe spoke first. She was brief.",
			[]string{"The Rt. Hon. Jane Doe spoke first.", "She was brief."}},
	})
}
