package extract

import "testing"

// TestCapsTurnEN checks a transcript's turn: a speaker label of two words
// in capitals names the person introduced before without quotation marks,
// and the turn's next sentence in the first person goes on in that voice;
// not a one-word label, nor a label before words with no final stop.
func TestCapsTurnEN(t *testing.T) {
	intro := "Our guest is the port's director, Nora Fell. "
	checkLast(t, "en", map[string]string{
		intro + "NORA FELL: The ferry tolls will rise in June.":                          "Nora Fell",
		intro + "NORA FELL: I know the tolls hurt. But we lose money on every crossing.": "Nora Fell",
		intro + "FELL: The ferry tolls will rise in June.":                               "",
		intro + "NORA FELL: Wants the ferry tolls raised in June":                        "",
	})
}
