package extract

import "testing"

// TestIntensifierSubject checks that "selbst" / "himself" between the
// subject and its verb leaves the subject the speaker.
func TestIntensifierSubject(t *testing.T) {
	const de = "Dem Stadtrat Udo Brenner wird Bestechung vorgeworfen. "
	checkLast(t, "de", map[string]string{
		de + "Er selbst sagte, das sei falsch.":            "Udo Brenner",
		de + "Er selbst hat das mehrmals dementiert.":      "Udo Brenner",
		de + "Brenner selbst hat das dementiert.":          "Udo Brenner",
		"Udo Brenner selbst sagte, das sei falsch.":        "Udo Brenner",
		"Die Regierung selbst erklärte, sie wisse nichts.": "Regierung",
	})
	const en = "Councillor Ann Lee was charged on Monday. "
	checkLast(t, "en", map[string]string{
		en + "She herself said the charges were false.": "Ann Lee",
	})
}

// TestIntensifierBefore checks the index it returns.
func TestIntensifierBefore(t *testing.T) {
	var z tokenizer
	toks := z.tokenize("Er selbst sagte es", lexDE)
	if got := intensifierBefore(toks, 2); got != 1 {
		t.Errorf("after a word: got %d, want 1", got)
	}
	toks = z.tokenize("Selbst sagte er es", lexDE)
	if got := intensifierBefore(toks, 1); got != 1 {
		t.Errorf("at the start: got %d, want 1", got)
	}
}

// TestReportParticleAfterParen checks that a short parenthesis inside the
// clause does not hide the particle that closes it.
func TestReportParticleAfterParen(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Das gab Bürgermeisterin Karla Neuhaus am Montag (Ortszeit) im Rathaus bekannt.": "Karla Neuhaus",
		"Der Sprecher Jan Ohm wies am Dienstag (Ortszeit) darauf hin, dass es regnet.":   "Jan Ohm",
	})
}
