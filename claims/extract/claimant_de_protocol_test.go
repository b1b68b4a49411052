package extract

import "testing"

// TestProtocolDE checks that in a text that opens with a quotation alone
// and a lead naming a person, the unquoted first-person units are that
// person's, and so is every unquoted unit after the first of them (not one
// before it, nor a subtitle), and that a ship's name in quotation marks is
// no such person.
func TestProtocolDE(t *testing.T) {
	const lead = "„Wir spielen einfach weiter“\n\nSeit Jahren spielt der Geiger Tomek Brandhuber auf Flusskreuzfahrten. Nun sitzt er auf der „MS Lorelei“ bei Passau fest. Ein Protokoll.\n\n"
	checkLast(t, "de", map[string]string{
		lead + "Eigentlich sollte ich mit meinem Quartett drei Wochen an Bord spielen.":                                                                        "Tomek Brandhuber",
		lead + "Eigentlich sollte ich mit meinem Quartett drei Wochen an Bord spielen. Wir hatten uns auf die Reise gefreut.":                                  "Tomek Brandhuber",
		lead + "Eigentlich sollte ich mit meinem Quartett drei Wochen an Bord spielen. Das Schiff lag dann zwei Tage vor Anker.":                               "Tomek Brandhuber",
		lead + "Das Schiff lag dann zwei Tage vor Anker.":                                                                                                      "",
		lead + "Eigentlich sollte ich mit meinem Quartett drei Wochen an Bord spielen.\n\nFieber an Bord":                                                      "",
		"„Wir spielen einfach weiter“\n\nNun sitzt das Quartett auf der „MS Lorelei“ bei Passau fest. Ein Protokoll.\n\nWir hatten uns auf die Reise gefreut.": "",
	})
}
