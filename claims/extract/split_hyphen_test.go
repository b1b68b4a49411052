package extract

import "testing"

// TestKeepHyphen checks, on invented sentences, which hyphens at a line end
// before a small letter printClean keeps as a compound's own: after one
// letter, where the text writes the word hyphenated elsewhere, and after
// an English first element that keeps its hyphen; and which it joins:
// where the text writes the word joined, before a suffix, in German text
// and in all other cases.
func TestKeepHyphen(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"one letter", "She sent an e-\nmail to the board.", "She sent an e-mail to the board."},
		{"one letter, German", "Er schickte eine x-\nbeliebige Nachricht.", "Er schickte eine x-beliebige Nachricht."},
		{"English first element", "The self-\ndriving car was stopped by the police.", "The self-driving car was stopped by the police."},
		{"English first element, well", "It is a well-\nknown problem for the city.", "It is a well-known problem for the city."},
		{"English number", "There were twenty-\nfive of them at the meeting.", "There were twenty-five of them at the meeting."},
		{"English suffix", "It was a self-\nish plan and the mayor said so.", "It was a selfish plan and the mayor said so."},
		{"English suffix, ness", "The ill-\nness of the mayor was not known to the board.", "The illness of the mayor was not known to the board."},
		{"German text", "Das ist eine all-\ngemeine Regel, die für alle gilt.", "Das ist eine allgemeine Regel, die für alle gilt."},
		{"text: hyphenated elsewhere", "The long-\nterm plan was approved. The long-term costs are high.", "The long-term plan was approved. The long-term costs are high."},
		{"text: capital elsewhere", "Long-term costs are high. The long-\nterm plan was approved.", "Long-term costs are high. The long-term plan was approved."},
		{"text: joined elsewhere", "The well-\nbeing of the staff and their wellbeing at home.", "The wellbeing of the staff and their wellbeing at home."},
		{"text: both, the rule decides", "A well-\nbeing: wellbeing or well-being.", "A well-being: wellbeing or well-being."},
		{"text: a break is no evidence", "The long-\nterm plan and the long-\nterm costs.", "The longterm plan and the longterm costs."},
		{"typesetter's hyphen", "The state govern-\nment said so.", "The state government said so."},
	}
	for _, c := range cases {
		if got, _ := printClean(c.in, true); got != c.want {
			t.Errorf("%s: printClean(%q) = %q, want %q", c.name, c.in, got, c.want)
		}
	}
}

// TestCompoundFirstEN checks the English first elements that keep their
// hyphen, and the suffixes that make one word of them.
func TestCompoundFirstEN(t *testing.T) {
	cases := []struct {
		first, rest string
		want        bool
	}{
		{"self", "driving", true}, {"well", "known", true}, {"all", "time", true}, {"ill", "fated", true},
		{"quasi", "judicial", true}, {"great", "grandmother", true}, {"ninety", "nine", true},
		{"self", "less", false}, {"well", "ness", false}, {"great", "ly", false}, {"self", "ishness", false},
		{"Self", "driving", false}, {"non", "profit", false}, {"ex", "pected", false}, {"govern", "ment", false},
	}
	for _, c := range cases {
		if got := compoundFirstEN(c.first, c.rest); got != c.want {
			t.Errorf("compoundFirstEN(%q, %q) = %v, want %v", c.first, c.rest, got, c.want)
		}
	}
}
