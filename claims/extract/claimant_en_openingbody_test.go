package extract

import "testing"

// TestOpeningBodyEN checks that "the company said" refers to the body its
// own sentence opens with, and that a later "the carrier said" refers to
// it too.
func TestOpeningBodyEN(t *testing.T) {
	const before = "Snow fell across the north on Sunday. "
	checkLast(t, "en", map[string]string{
		before + "Tallow Mills, the paper maker, will close two plants, the company said.":                                "Tallow Mills",
		before + "Bluefin Ferries cancelled all crossings, the company said. The carrier said the boats would run again.": "Bluefin Ferries",
	})
}

// TestOpeningBodyFutureEN checks that a body opening its sentence before
// "will" or "plans" is the body "the company said" refers to.
func TestOpeningBodyFutureEN(t *testing.T) {
	const before = "Snow fell across the north on Sunday. "
	checkLast(t, "en", map[string]string{
		before + "Kelvar Foods will cut 300 jobs at its plant in Ostby, the company said.":  "Kelvar Foods",
		before + "Marlow Shipping plans to sell two of its ferries, the company announced.": "Marlow Shipping",
		before + "Marlow Shipping won't sail on Monday, the company said.":                  "Marlow Shipping",
	})
}

// TestOpeningBodyModifierEN checks that a capitalised run modifying the
// subject noun ("Norland Party forums") is not taken for the body, while
// one before a verb is.
func TestOpeningBodyModifierEN(t *testing.T) {
	var z tokenizer
	var d docState
	for text, want := range map[string]string{
		"Norland Party forums posted messages in which the group urged calm.": "",
		"Norland Rail cancelled all trains, the company said.":                "Norland Rail",
	} {
		toks := z.tokenize(text, lexEN)
		v := len(toks) - 2
		if got := d.openingBodyEN(toks, text, v); got != want {
			t.Errorf("%q: %q, want %q", text, got, want)
		}
	}
}
