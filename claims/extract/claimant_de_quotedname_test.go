package extract

import (
	"slices"
	"testing"
)

// TestQuotedNameDE checks that a body's quoted name inside the subject's
// noun phrase keeps the Vorfeld the subject: the object after the verb is
// no speaker.
func TestQuotedNameDE(t *testing.T) {
	const before = "Die Stadt will den Park bebauen. "
	for text, ok := range map[string][]string{
		"Die Bürgerinitiative „Freie Wiese“ kündigte dagegen Widerstand an.": {"Bürgerinitiative", "Freie Wiese"},
		`Das Bündnis "Stadt für alle" forderte einen Stopp der Pläne.`:       {"Bündnis", "Stadt für alle"},
		"Die Initiative „Mehr Grün“ kritisierte den Beschluss scharf.":       {"Initiative", "Mehr Grün"},
	} {
		got := claimantOfLast(before+text, "de")
		if !slices.Contains(ok, got) {
			t.Errorf("%q: claimant %q, want one of %q", text, got, ok)
		}
	}
}

// TestQuotedNameEndDE checks which quotation marks enclose a name.
func TestQuotedNameEndDE(t *testing.T) {
	cases := []struct {
		text string
		ok   bool
	}{
		{"Die Initiative „Mehr Grün“ forderte", true},
		{`Der Verein "Freie Bahn" kündigte`, true},
		{"Die Initiative „mehr Grün“ forderte", false},            // a lower-case word: a quotation
		{"„Wir schaffen das“ sagte sie", false},                   // a quotation opening the unit
		{"Die Initiative „Mehr, viel mehr Grün“ forderte", false}, // a comma inside
		{"Die Initiative „Eins Zwei Drei Vier Fünf Sechs Sieben“ forderte", false},
	}
	for _, c := range cases {
		var z tokenizer
		toks := z.tokenize(c.text, lexDE)
		v := len(toks) - 1
		got := false
		for i := range toks {
			if _, ok := quotedNameEndDE(toks, i, v); ok {
				got = true
			}
		}
		if got != c.ok {
			t.Errorf("%q: quoted name %v, want %v", c.text, got, c.ok)
		}
	}
}
