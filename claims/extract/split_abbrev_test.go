package extract_test

import (
	"testing"
)

// TestSplitGermanAbbrevs: the full stop of a German abbreviation of court
// reports, police reports and dates ("Az." before a file number, "rd."
// before a distance, "Okt.", "Dez.", "Febr." before a year, "gegr."
// before one), of a reference ("Tab. 3"), an adjective ("frz."), a
// member of parliament's label in a record ("Abg. Jonas Roth (SPD):") or a
// doctor's faculty ("Dr. rer. nat.") ends no sentence (invented
// sentences).
func TestSplitGermanAbbrevs(t *testing.T) {
	checkSplits(t, []unitCase{
		{"Das Urteil (Az. 3 KLs 41/25) ist rechtskräftig. Die Kosten trägt der Staat.",
			[]string{"Das Urteil (Az. 3 KLs 41/25) ist rechtskräftig.", "Die Kosten trägt der Staat."}},
		{"Nach rd. 5 km hielt der Wagen an. Niemand wurde verletzt.",
			[]string{"Nach rd. 5 km hielt der Wagen an.", "Niemand wurde verletzt."}},
		{"Die Arbeiten dauerten bis Okt. 2023 und kosteten 2 Mio. Euro.",
			[]string{"Die Arbeiten dauerten bis Okt. 2023 und kosteten 2 Mio. Euro."}},
		{"Seit Dez. 2024 gilt die Regel. Sie wird geprüft.",
			[]string{"Seit Dez. 2024 gilt die Regel.", "Sie wird geprüft."}},
		{"Das teilte Geschäftsführerin Dr. rer. nat. Eva Roth mit. Sie lachte.",
			[]string{"Das teilte Geschäftsführerin Dr. rer. nat. Eva Roth mit.", "Sie lachte."}},
		{"Der Wert lag bei 96 Euro (Quelle: Landesamt, Tab. 3). Er stieg.",
			[]string{"Der Wert lag bei 96 Euro (Quelle: Landesamt, Tab. 3).", "Er stieg."}},
		{"Sie besuchte die frz. Gemeinde Saint-Aubin. Dort blieb sie.",
			[]string{"Sie besuchte die frz. Gemeinde Saint-Aubin.", "Dort blieb sie."}},
		{"Die Firma (gegr. 1952) beschäftigt 300 Leute. Sie wächst.",
			[]string{"Die Firma (gegr. 1952) beschäftigt 300 Leute.", "Sie wächst."}},
		{"Im Febr. 2025 trat sie zurück. Ihr Nachfolger kam im März.",
			[]string{"Im Febr. 2025 trat sie zurück.", "Ihr Nachfolger kam im März."}},
		{"Abg. Jonas Roth (SPD): Herr Präsident! Die Mieten steigen.",
			[]string{"Abg. Jonas Roth (SPD): Herr Präsident!", "Die Mieten steigen."}},
	})
}

// TestSplitWordBeforeNumberAbbrev: "no" and "art" are short forms only
// before a number ("No. 5", "Art. 5 GG"); written in lower case before a
// word they are words that end a sentence ("voted no.", "modern art.";
// invented sentences).
func TestSplitWordBeforeNumberAbbrev(t *testing.T) {
	checkSplits(t, []unitCase{
		{"She said she would vote no. Two other members were undecided.",
			[]string{"She said she would vote no.", "Two other members were undecided."}},
		{"He collects modern art. The museum opened in 2019.",
			[]string{"He collects modern art.", "The museum opened in 2019."}},
		{"See item No. 5 on the list. It is long.",
			[]string{"See item No. 5 on the list.", "It is long."}},
		{"Das regelt Art. 5 des Gesetzes. Es gilt seit 2020.",
			[]string{"Das regelt Art. 5 des Gesetzes.", "Es gilt seit 2020."}},
		{"The answer was no. “We will not pay,” she said.",
			[]string{"The answer was no.", "“We will not pay,” she said."}},
	})
}
