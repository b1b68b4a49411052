package extract_test

import (
	"testing"
)

// TestSplitGermanOrdinal: a number with a full stop after a determiner or
// a contracted preposition is an ordinal and stays in its sentence; after
// a noun, a colon's score or as a year, or before a word that opens a new
// sentence, the stop still ends the sentence (invented sentences).
func TestSplitGermanOrdinal(t *testing.T) {
	checkSplits(t, []unitCase{
		{"Die 4. Strafkammer des Amtsgerichts vertagte den Fall. Das Urteil folgt.",
			[]string{"Die 4. Strafkammer des Amtsgerichts vertagte den Fall.", "Das Urteil folgt."}},
		{"Beim 1. FC Beispielstadt gab es Streit um den Trainer.", []string{"Beim 1. FC Beispielstadt gab es Streit um den Trainer."}},
		{"Der Klub spielt künftig in der 2. Bundesliga.", []string{"Der Klub spielt künftig in der 2. Bundesliga."}},
		{"Zum 100. Jubiläum kamen 500 Gäste.", []string{"Zum 100. Jubiläum kamen 500 Gäste."}},
		{"Sie feierte ihren 75. Geburtstag im Garten.", []string{"Sie feierte ihren 75. Geburtstag im Garten."}},
		{"Sie kam auf Rang 12. Danach fiel sie zurück.", []string{"Sie kam auf Rang 12.", "Danach fiel sie zurück."}},
		{"Das Ergebnis: 3:1. Die Gäste jubelten.", []string{"Das Ergebnis: 3:1.", "Die Gäste jubelten."}},
		{"Der Umsatz stieg im Jahr 2020. Die Kosten sanken.", []string{"Der Umsatz stieg im Jahr 2020.", "Die Kosten sanken."}},
		{"Am Ende wurde der Klub der 2. Die Saison war lang.", []string{"Am Ende wurde der Klub der 2.", "Die Saison war lang."}},
		{"Die Zahl stieg auf die 1500. Experten warnen.", []string{"Die Zahl stieg auf die 1500.", "Experten warnen."}},
		{"I am 25. Tennis is my hobby.", []string{"I am 25.", "Tennis is my hobby."}},
		{"Es war der bisher 3. Fall in diesem Winter.", []string{"Es war der bisher 3. Fall in diesem Winter."}},
		{"Das Team kassierte die insgesamt 6. Niederlage.", []string{"Das Team kassierte die insgesamt 6. Niederlage."}},
		{"Sie wurde zuletzt 3. Trainer Roth lobte sie.", []string{"Sie wurde zuletzt 3.", "Trainer Roth lobte sie."}},
		{"Am Ende wurde der Klub der knapp 2. Die Saison war lang.", []string{"Am Ende wurde der Klub der knapp 2.", "Die Saison war lang."}},
		{"Oberliga: 1. FC Talheim bleibt vorn", []string{"Oberliga: 1. FC Talheim bleibt vorn"}},
		{"Die Antwort lautet: 42. Experten staunen.", []string{"Die Antwort lautet: 42.", "Experten staunen."}},
	})
}
