package extract

import "testing"

// TestMediaAndTradeBodyEN checks a trade or the media speaking as one
// after a lower-case modifier, as wire copy and business news write it,
// and no such subject after a preposition.
func TestMediaAndTradeBodyEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Ostrava will recall its envoy, state media reported on Friday.":          "state media",
		"The envoy has been recalled for talks, state television said.":           "state television",
		"The fishing industry warned that the quota would cost jobs.":             "fishing industry",
		"The dairy lobby rejected the tariff outright.":                           "dairy lobby",
		"The envoy stayed until Friday, the week of media claims about the deal.": "",
	})
}
