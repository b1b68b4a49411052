package extract

import "testing"

// TestPronounFormsDE checks that a capitalised oblique or possessive
// pronoun opening a sentence is never taken for a speaker.
func TestPronounFormsDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Ihre Antworten haben oft ein ähnliches Muster: Die Lage sei gut.": "",
		"Ihnen zufolge ist die Zahl gestiegen.":                            "",
		"Ihm zufolge ist das Werk zu alt.":                                 "",
		"Deren Sprecher sagte, die Zahl sei gestiegen.":                    "Sprecher",
	})
}
