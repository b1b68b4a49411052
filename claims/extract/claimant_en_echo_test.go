package extract

import "testing"

// TestEchoedQuoteEN checks that sentences of a quoted post shown again
// after the sentence that quoted it take the quoted speaker, and that
// words repeating only the start of a quoted sentence do not.
func TestEchoedQuoteEN(t *testing.T) {
	for text, want := range map[string][]string{
		"Mayor Ann Lerwick wrote on her page: “The ferry must stop tonight. Nobody sails in this storm.”\n\nThe ferry must stop tonight.\n\nNobody sails in this storm.": {"Ann Lerwick", "Ann Lerwick", "Ann Lerwick"},
		"\"The old pier was a gift to the town,\" tweeted Tom Brandell.\n\nThe old pier was a gift to the town.":                                                         {"Tom Brandell", "Tom Brandell"},
		"“The ferry must stop tonight and wait for the tide,” Ann Lerwick wrote.\n\nThe ferry must stop tonight.":                                                        {"Ann Lerwick", ""},
	} {
		got := claimantsOf(text, "en")
		if len(got) != len(want) {
			t.Errorf("%q: claimants %q, want %q", text, got, want)
			continue
		}
		for i := range want {
			if got[i] != want[i] {
				t.Errorf("%q: claimants %q, want %q", text, got, want)
				break
			}
		}
	}
}
