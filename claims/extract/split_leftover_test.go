package extract_test

import (
	"testing"
)

// TestSplitLeftovers: a number with thousands dots ends a sentence ("auf
// 9.100. Knapp …") where a date or an abbreviation does not; a hyphenated
// title ("Dipl.-Ing.") ends none; a press release's numbered notes ("1)
// …") are units of their own, not joined to the heading above them
// (invented sentences).
func TestSplitLeftovers(t *testing.T) {
	checkSplits(t, []unitCase{
		{"Die Zahl stieg um 11 Prozent auf 9.100. Knapp die Hälfte kam aus dem Ausland.",
			[]string{"Die Zahl stieg um 11 Prozent auf 9.100.", "Knapp die Hälfte kam aus dem Ausland."}},
		{"Es waren 1.250.000. Danach sank die Zahl.",
			[]string{"Es waren 1.250.000.", "Danach sank die Zahl."}},
		{"Die Frist endet am 3.10. Danach gilt die neue Regel.",
			[]string{"Die Frist endet am 3.10. Danach gilt die neue Regel."}},
		{"Der Leiter, Dipl.-Ing. Paul Roth, sagte das. Er blieb.",
			[]string{"Der Leiter, Dipl.-Ing. Paul Roth, sagte das.", "Er blieb."}},
		{"Es sprach Dipl.-Kfm. Eva Lund. Sie lachte.",
			[]string{"Es sprach Dipl.-Kfm. Eva Lund.", "Sie lachte."}},
		{"Hinweise für Redaktionen\n1) Die Umfrage lief im Mai unter 1.200 Gästen\n2) Die Zahlen sind vorläufig",
			[]string{"Hinweise für Redaktionen", "1) Die Umfrage lief im Mai unter 1.200 Gästen", "2) Die Zahlen sind vorläufig"}},
		{"Notes to editors\n1) The survey of 2,000 adults was carried out in May\n[2] Figures are provisional.",
			[]string{"Notes to editors", "1) The survey of 2,000 adults was carried out in May", "[2] Figures are provisional."}},
		{"Die Zahl der Verletzten stieg auf\n12 am Montag.",
			[]string{"Die Zahl der Verletzten stieg auf\n12 am Montag."}},
	})
}
