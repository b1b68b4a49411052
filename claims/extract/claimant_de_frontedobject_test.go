package extract

import "testing"

// TestFrontedObjectDE checks that a unit opening with an object names the
// subject after the verb.
func TestFrontedObjectDE(t *testing.T) {
	const before = "Die Stadt will den Park bebauen. "
	checkLast(t, "de", map[string]string{
		before + "Den Vorschlag kritisierte die Ministerin scharf.":       "Ministerin",
		before + "Seinen Rücktritt kündigte der Minister am Abend an.":    "Minister",
		before + "Den Bericht bestätigte ein Sprecher der Stadt.":         "Sprecher der Stadt",
		before + "Die Verzögerungen erklärt der Bauleiter mit dem Regen.": "",
	})
	for _, c := range []struct {
		text string
		v    int // the verb
		want bool
	}{
		{"Den Plan kritisierte der Verband", 2, true},
		{"Dem Rat erklärte sie", 2, true},
		{"Der Verband kritisierte den Plan", 2, false},
		{"Den Plan, sagte er", 3, false},
		{"Die Verzögerungen erklärt der Bauleiter", 2, true},
		{"Die Ministerin erklärte der Zeitung", 2, false},
		{"Die Gewerkschaften kritisierten den Plan", 2, false},
	} {
		var z tokenizer
		toks := z.tokenize(c.text, lexDE)
		if got := frontedObjectDE(toks, c.v); got != c.want {
			t.Errorf("frontedObjectDE(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestGenitiveAndDE checks that two names joined by "und" after a genitive
// link keep the Vorfeld the subject, so the object is no speaker.
func TestGenitiveAndDE(t *testing.T) {
	const before = "Die Stadt will den Park bebauen. "
	for _, text := range []string{
		"Die Fraktion von Grünen und Linken forderte Aufklärung.",
		"Die Vertreter von Bund und Ländern kritisierten den Entwurf.",
	} {
		got := claimantOfLast(before+text, "de")
		if got == "" || got == "Aufklärung" || got == "Entwurf" {
			t.Errorf("%q: claimant %q, want the subject", text, got)
		}
	}
}
