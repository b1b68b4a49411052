package extract

import "testing"

// TestOwnerGenitiveDE checks that a country or state in the genitive
// before an office after a verb of saying is no part of the name, while a
// person's name in the genitive is not skipped.
func TestOwnerGenitiveDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"„Die Lage ist ernst“, sagte Frankreichs Präsident Paul Marin.":           "Paul Marin",
		"Zuerst brauche man Masken, betont Bayerns Ministerpräsident Karl Huber.": "Karl Huber",
	})
	var z tokenizer
	text := "sagte Pops Sprecherin heute"
	toks := z.tokenize(text, lexDE)
	d := &docState{}
	if got := d.ownerGenitiveSkipDE(toks, text, 1, lexDE); got != 2 {
		t.Errorf("no person named Pop: got %d, want 2", got)
	}
	d.register("Ramona Pop", 'f')
	if got := d.ownerGenitiveSkipDE(toks, text, 1, lexDE); got != 1 {
		t.Errorf("after Ramona Pop: got %d, want 1 (her spokeswoman)", got)
	}
}

// TestExampleSkipDE checks "zum Beispiel" and "etwa" between the verb and
// the speaker.
func TestExampleSkipDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Zuerst brauche man Masken, betont zum Beispiel Bayerns Ministerpräsident Karl Huber.": "Karl Huber",
		"Zuerst brauche man Masken, betont etwa die Ärztin Eva Kern.":                          "Eva Kern",
	})
}
