package extract

import "testing"

// TestTradeWordDE checks that a noun of trade or function before a name
// without an article is no part of the name.
func TestTradeWordDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Frist sei zu kurz gewesen, sagte Anwältin Lotte Brems.":            "Lotte Brems",
		"Der Mieter habe korrekt gehandelt, erklärte Rechtsanwalt Udo Fink.":    "Udo Fink",
		"Vorstand Kai Merten warnte vor höheren Beiträgen.":                     "Kai Merten",
		"Die Zahlen seien unvollständig, sagte Referentin Nele Jaspers.":        "Nele Jaspers",
		"Ihr Bevollmächtigter, Rechtsanwalt Udo Fink, zeigte sich zufrieden.":   "Udo Fink",
		"Die Frist sei zu kurz gewesen, sagte Lotte Brems.":                     "Lotte Brems",
		"Beide Seiten hätten sich bewegt, sagte Schlichter Arne Voss am Abend.": "Arne Voss",
	})
}

// TestTradeWordFormDE checks the word test itself: trades and their
// compounds, not names or other nouns.
func TestTradeWordFormDE(t *testing.T) {
	for w, want := range map[string]bool{
		"Anwältin": true, "Fachanwältin": true, "Kandidatin": true, "Vorstand": true,
		"Peter": false, "Brems": false, "anwalt": false, "Gewalt": false,
	} {
		if got := tradeWordDE(w); got != want {
			t.Errorf("tradeWordDE(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestTeacherTitleDE checks that "Lehrer" before a full name is a trade,
// not part of the name, also when the text later gives the surname alone.
func TestTeacherTitleDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Lehrer Tobias Krell sagte, die Klasse sei gut vorbereitet.":                                   "Tobias Krell",
		"Lehrer Tobias Krell sagte, die Klasse sei gut vorbereitet. „Wir üben jeden Tag“, sagt Krell.": "Tobias Krell",
	})
}
