package extract

import (
	"strings"
	"testing"
)

// TestTitledSurnameEN checks that an office before a lone surname is kept
// as the fullest form when the text gives no first name, and only then.
func TestTitledSurnameEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"President Okafor spoke on Monday. “We will win,” Okafor said.":                       "President Okafor",
		"President Okafor spoke on Monday. “We will win,” he said.":                           "President Okafor",
		"President Ruth Okafor spoke on Monday. “We will win,” Okafor said.":                  "Ruth Okafor",
		"Mr. Okafor spoke on Monday. “We will win,” Okafor said.":                             "Okafor",
		"President Okafor spoke on Monday. Ruth Okafor spoke later. “We will win,” she said.": "Ruth Okafor",
	})
}

// TestLeadBeforeKnownEN checks that a word that opens no first name before
// a known surname makes no new person who would take the surname.
func TestLeadBeforeKnownEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Dan Whitley met the board. Had Whitley gone ahead, the vote would have failed. Whitley said the vote failed.": "Dan Whitley",
		"Dan Whitley met the board. Despite Whitley's warning, the vote went on. Whitley said the vote failed.":        "Dan Whitley",
		"Dan Whitley met the board. Ruth Whitley came too. Ruth Whitley said the vote failed.":                         "Ruth Whitley",
	})
}

// claimantsOf returns the claimant of every unit of text.
func claimantsOf(text, lang string) []string {
	var out []string
	for _, u := range Extract(text, Options{Lang: lang}) {
		out = append(out, u.Claimant)
	}
	return out
}

// TestDropLeadEN checks that a word in capitals or of a closed class before
// a name is dropped from the claimant, and that a quantified group stays
// as written.
func TestDropLeadEN(t *testing.T) {
	for text, want := range map[string]string{
		"WATCH Whitley says the vote failed. Dan Whitley met the board.":                            "Dan Whitley",
		"Only Dan Whitley said the vote failed.":                                                    "Dan Whitley",
		"House Republicans met on Monday. Some Republicans said the vote failed.":                   "Some Republicans",
		"Dan Whitley met the board. Both Whitley and the board lost. Whitley said the vote failed.": "Dan Whitley",
	} {
		got := claimantsOf(text, "en")
		if len(got) == 0 || !hasString(got, want) {
			t.Errorf("%q: claimants %q, want %q among them", text, got, want)
		}
		for _, g := range got {
			if g != "" && g != want && !strings.Contains(want, g) {
				t.Errorf("%q: claimant %q besides %q", text, g, want)
			}
		}
	}
}

func hasString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestSurnameFirstNamedEN checks that a bare surname means the person of
// that surname named first, unless that first name was a title glued to
// the surname.
func TestSurnameFirstNamedEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Ann Whitley met the board. Her son Tom Whitley came too. “We lost,” Whitley said.":                                  "Ann Whitley",
		"The speaker spoke first. Speaker Whitley opened the session. Ann Whitley met the board. “We lost,” Whitley said.":   "Ann Whitley",
		"Ann Whitley met the board. Ann Whitley spoke. Her son Tom Whitley came too. “We lost,” Tom Whitley said on Monday.": "Tom Whitley",
	})
}

// TestPronounPersonEN checks that an English "he" or "she" refers to the
// last speaker with a person's name (not "US" or a place), the more
// recent one when only an older speaker's gender is known.
func TestPronounPersonEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Dan Whitley said the plan had failed. The US said it disagreed. “We lost the vote,” he said.":                "Dan Whitley",
		"Mr. Tom Reed said the plan had failed. Dan Whitley said it had not. “We lost the vote,” he said.":            "Dan Whitley",
		"Dan Whitley said the plan had failed. Officials in Costa Rica said it had not. “We lost the vote,” he said.": "Dan Whitley",
	})
}

// TestVerbInNameEN checks that a capitalised verb of saying that ends a
// clause belongs to a name ("the United States.") and names no speaker.
func TestVerbInNameEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Three of them were born in the United States.":              "",
		"Dan Whitley Tells Voters They Need To Change Course":        "Dan Whitley",
		"“We lost the vote,” Dan Whitley said of the United States.": "Dan Whitley",
	})
}

// TestTheTitleEN checks that a name the text writes after a capitalised
// "The" inside a sentence keeps its article, and only then, except for a
// newspaper's title, which keeps it also at a sentence's start
// (newspaperTheEN).
func TestTheTitleEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The plan failed, according to The Harbor Gazette.": "The Harbor Gazette",
		"The plan failed, according to the Harbor Gazette.": "Harbor Gazette",
		"The Harbor Council said the plan failed.":          "Harbor Council",
		"The Harbor Gazette said the plan failed.":          "The Harbor Gazette",
	})
}

// TestCreditEN checks that picture credits and datelines are no claimant
// and that an acronym before a joint name stays ("NBC News/Harbor Poll").
func TestCreditEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The plan failed, said AP Photo/Ann Whitley.":                           "",
		"Voters favour the plan, according to an NBC News/Harbor Gazette poll.": "NBC News/Harbor Gazette",
		"Voters favour the plan, according to NBC News/Harbor Gazette.":         "NBC News/Harbor Gazette",
	})
}

// TestPossessiveLeadEN checks that a possessive before a surname is no
// first name: the claimant is the person the text named in full.
func TestPossessiveLeadEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Ruth Okafor runs the harbor trust. “The pier is safe,” said the Trust’s Okafor.": "Ruth Okafor",
	})
}
