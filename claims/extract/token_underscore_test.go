package extract

import "testing"

// TestUnderscoreJoins checks that the digits of a handle or a file name
// joined by underscores (invented lines) are no figure or year of the
// unit, while the same digits standing alone still are.
func TestUnderscoreJoins(t *testing.T) {
	for _, c := range []struct {
		text, lang string
		figures    bool
	}{
		{"@mike_1987 you are such an idiot lol", "en", false},
		{"@anna_k_2001 das ist doch Quatsch", "de", false},
		{"#covid_19 is a hoax wake up", "en", false},
		{"see https://example.org/story_2019 for the rest", "en", false},
		{"@mike you are such an idiot since 1987 lol", "en", true},
		{"@anna das ist seit 2001 Quatsch", "de", true},
	} {
		us := Extract(c.text, Options{Lang: c.lang, Split: "lines", Genre: GenreComments})
		if len(us) != 1 {
			t.Fatalf("%q: %d units", c.text, len(us))
		}
		if got := len(us[0].Dates)+len(us[0].Numbers) > 0; got != c.figures {
			t.Errorf("%q: dates %v numbers %v, want figures %v", c.text, us[0].Dates, us[0].Numbers, c.figures)
		}
	}
}
