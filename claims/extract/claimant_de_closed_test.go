package extract

import "testing"

// TestClosedClassDE checks that a function word opening a German sentence
// before a noun ("Viele Anwohner", "Zwischen Spaziergängern") registers
// no person, while a name after such a word ("Auch Jonas Brenner") and a
// name opening the sentence still count.
func TestClosedClassDE(t *testing.T) {
	for text, want := range map[string]string{
		"Viele Anwohner kamen zum Fest am Lindenhof.":          "",
		"Zwischen Spaziergängern stand ein Zelt.":              "",
		"Welche Folgen das Fest hat, ist offen.":               "",
		"Auch Jonas Brenner kam zum Fest am Lindenhof.":        "Jonas Brenner",
		"Mira Kolb kam mit Jonas Brenner zum Fest am Sonntag.": "Mira Kolb",
	} {
		var z tokenizer
		toks := z.tokenize(text, lexDE)
		d := &docState{}
		d.mentions(toks, text, true, lexDE)
		if d.unitFirst != want {
			t.Errorf("first person registered in %q = %q, want %q", text, d.unitFirst, want)
		}
	}
}
