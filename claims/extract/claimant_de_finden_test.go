package extract

import "testing"

// TestFindingViewDE checks the verbs of judging, observing, describing,
// justifying and speculating with a known person, and that "finden" of taking place
// ("stattfinden") or of finding something names nobody.
func TestFindingViewDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Mira Kolb leitet das Heim. Kolb findet es schlimm, dass die Halle schließt.":          "Mira Kolb",
		"Mira Kolb leitet das Heim. Viele Gäste bleiben weg, beobachtet Kolb.":                 "Mira Kolb",
		"Mira Kolb leitet das Heim. „Es ging nicht anders“, rechtfertigt Kolb die Schließung.": "Mira Kolb",
		"Mira Kolb leitet das Heim. Kolb spekulierte über einen Brand als Ursache.":            "Mira Kolb",
		"Mira Kolb leitet das Heim. Das Fest findet am Sonntag bei Kolb statt.":                "",
		"Mira Kolb leitet das Heim. Im Keller fand Kolb einen alten Schrank.":                  "",
	})
}

// TestReasonFigureDE checks the verbs of giving reasons, figures and
// wording with a person the text names, and that a thing as their subject
// names nobody.
func TestReasonFigureDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Geschäftsführerin Ilka Brenner begründete den Schritt mit den hohen Kosten.": "Ilka Brenner",
		"Den Schaden bezifferte Olaf Wiesner auf zwei Millionen Euro.":                "Olaf Wiesner",
		"Der Antrag begründet keinen Anspruch auf Hilfe.":                             "",
	})
}

// TestPositionNounPairDE checks that two nouns after an article before a
// verb of position are no speaker, so that a later pronoun finds the
// person named before.
func TestPositionNounPairDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Ilka Brenner sagt, es kämen mehr Leute. Dass sie durch das Fenster Kinder sehen kann, die frieren.":                           "",
		"Ilka Brenner sagt, es kämen mehr Leute. Dass sie durch das Fenster Kinder sehen kann, die frieren. Es sei schlimm, sagt sie.": "Ilka Brenner",
	})
}
