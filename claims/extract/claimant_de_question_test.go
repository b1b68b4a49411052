package extract

import "testing"

// TestAuthorQuestionDE checks that a question outside quotation marks in
// the Konjunktiv after reported speech is the author's, while a unit in
// reported speech that is no question still carries the speaker.
func TestAuthorQuestionDE(t *testing.T) {
	const before = "Die Marktfrau Jana Olbrich verkauft seit Jahren Äpfel in Talheim. Sie sagte, der Markt sei sicher. "
	checkLast(t, "de", map[string]string{
		before + "Und wer könne sich das Obst aus dem Laden dann noch leisten?": "",
		before + "Die Kunden kämen trotz des Regens jeden Morgen.":              "Jana Olbrich",
	})
}
