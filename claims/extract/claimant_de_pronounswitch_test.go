package extract

import "testing"

// TestPronounSwitchDE checks that reported speech opening with a pronoun
// of the other gender than the last speaker goes to the person of that
// gender the text just named, and that a pronoun of the same gender keeps
// the speaker.
func TestPronounSwitchDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Vorsitzende Tom Weis sagte, die Partei sei stark. Eva Kühn dankte den Delegierten. Sie habe die Partei geeint.":                                                                              "Eva Kühn",
		"Die Vorsitzende Eva Kühn sagte, die Partei sei stark. Tom Weis lächelte. Er habe die Partei geeint.":                                                                                             "Tom Weis",
		"Die Vorsitzende Eva Kühn trat ab. Nach ihr sprach der Chef der Jugend. Dann sprach der Generalsekretär Tom Weis. Er sagte, er wolle siegen. Kühn dankte den Gästen. Sie habe die Partei geeint.": "Eva Kühn",
		"Die Vorsitzende Eva Kühn sagte, die Partei sei stark. Tom Weis lächelte. Sie habe die Partei geeint.":                                                                                            "Eva Kühn",
	})
}
