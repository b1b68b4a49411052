package extract

import (
	"strings"
	"testing"
)

// TestLegalFormsCapWordDE checks that every legal form is a capitalised
// word as a token (capWord), which the guard at the head of noteFirmsDE's
// loop assumes: a legal form in lower case ("eG") added to legalFormsDE
// would fail here, not go unseen.
func TestLegalFormsCapWordDE(t *testing.T) {
	for form := range legalFormsDE {
		text := "Die Tannhof " + form + " baut eine Halle in Obernau."
		var z tokenizer
		toks := z.tokenize(text, lexDE)
		found := false
		for k := range toks {
			if text[toks[k].s:toks[k].e] != form {
				continue
			}
			found = true
			if !capWord(&toks[k]) {
				t.Errorf("legal form %q is no capWord token in %q", form, text)
			}
		}
		if !found {
			t.Errorf("legal form %q is no token of its own in %q", form, text)
		}
		d := &docState{}
		d.noteFirmsDE(toks, text)
		if got, want := d.descs[firmKeyDE], "Tannhof "+form; got != want {
			t.Errorf("noteFirmsDE(%q) firm = %q, want %q", text, got, want)
		}
	}
}

// TestFirmTradeSetDE compares firmTradeDE and compoundTradeDE, which ask
// firmTradeSetDE, with a walk over firmTradesDE in order, on every ending
// in several cases and compounds and on made-up other words.
func TestFirmTradeSetDE(t *testing.T) {
	walk := func(w string) (bool, bool) {
		for _, h := range firmTradesDE {
			if hasSuffixFold(w, h) {
				return true, len(w) >= len(h)+3
			}
		}
		return false, false
	}
	words := []string{"", "a", "Regierung", "deutsche", "Tannhof", "Bauern", "Händlerin", "Unternehmens", "BAUER"}
	for _, h := range firmTradesDE {
		words = append(words, h, strings.ToUpper(h[:1])+h[1:], strings.ToUpper(h), "Mö"+h, "Maschinen"+h, "Nord"+h+"s", h[1:], "Xy"+h[1:])
	}
	for _, w := range words {
		trade, compound := walk(w)
		if got := firmTradeDE(w); got != trade {
			t.Errorf("firmTradeDE(%q) = %v, want %v", w, got, trade)
		}
		if got := compoundTradeDE(w); got != compound {
			t.Errorf("compoundTradeDE(%q) = %v, want %v", w, got, compound)
		}
	}
}
