package extract

import (
	"strings"
	"testing"
)

// TestSpeechVerbNearStart checks that a verb of saying one to three words
// after a line's start is read without a panic: the rules that look for
// the speaker before the verb step back over auxiliaries, intensifiers,
// parentheses and legal forms, and "Do tell us if it is so." stepped back
// to the first word and read the token before it. Every line is a prefix
// of one to three words (invented: function words, pronouns, marks,
// names), a verb and a rest, in both languages, in an article and as a comment.
func TestSpeechVerbNearStart(t *testing.T) {
	cases := []struct {
		lang  string
		words []string
		verbs []string
		rest  string
	}{
		{"en", []string{"Do", "Did", "does", "He", "they", "himself", "(", ")", "(D)", ",", "Inc.", "Ann", "Lee", "The",
			"the", "also", "later", "on", "Monday", "who", "not", "\"", "—", "Senator"},
			[]string{"tell", "said", "says", "told", "denied"}, " us that 40 percent rose."},
		{"de", []string{"Er", "sie", "selbst", "Hat", "hat", "Laut", "wie", "(SPD)", "GmbH", "e.V.", ",", "Der", "die",
			"Roth", "Anna", "dass", "„", "“", "nicht", "am", "Montag", "Wie", "Bürgermeisterin", "es"},
			[]string{"sagte", "sagt", "erklärte", "teilte", "kritisiert"}, " mit, dass 40 Prozent stiegen."},
	}
	for _, c := range cases {
		for _, line := range speechLines(c.words, c.verbs, c.rest) {
			Extract("Ann Lee war da.\n\n"+line+"\n", Options{Lang: c.lang})
			Extract(line+"\n", Options{Lang: c.lang, Split: "lines", Genre: GenreComments})
		}
	}
	units := Extract("Do tell us if it is so.\n", Options{Lang: "en"})
	if len(units) != 1 || units[0].Claimant != "" {
		t.Errorf(`"Do tell us if it is so.": %+v, want one unit without claimant`, units)
	}
}

// speechLines returns every prefix of one or two words followed by every
// verb, and every prefix of three words followed by the first verb, each
// with rest.
func speechLines(words, verbs []string, rest string) []string {
	var lines []string
	for _, a := range words {
		for _, b := range append([]string{""}, words...) {
			for _, v := range verbs {
				lines = append(lines, strings.Join(nonEmpty(a, b, v), " ")+rest)
			}
			for _, c := range words {
				lines = append(lines, strings.Join(nonEmpty(a, b, c, verbs[0]), " ")+rest)
			}
		}
	}
	return lines
}

// nonEmpty returns the words that are not empty.
func nonEmpty(words ...string) []string {
	var out []string
	for _, w := range words {
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}
