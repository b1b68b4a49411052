package extract

import (
	"slices"
	"testing"
)

// TestCapsOf checks the list of a unit's capitalised words that the German
// note loops read: appendCaps lists exactly the tokens capWord takes, in
// order; capsOf gives the list claimant made only for the very tokens it
// read, and for other tokens their own list: a part of the unit (as
// stampedClaimant passes after a time stamp), another unit of as many
// tokens, and the next unit the tokenizer writes over the same tokens.
func TestCapsOf(t *testing.T) {
	plain := func(toks []token) []int32 {
		var l []int32
		for k := range toks {
			if capWord(&toks[k]) {
				l = append(l, int32(k))
			}
		}
		return l
	}
	texts := []string{
		"„Der Rat tagt“, sagte die Landrätin Eva Roth am Montag in Velden.",
		"17.20 Uhr: Das Bundesamt für Wasserbau (BAW) meldet 12 Schäden.",
		"Laut dpa will die Nordwerk AG ihr Werk – so der Betriebsrat – schließen.",
		"es regnet.",
		"",
	}
	var z tokenizer
	for _, s := range texts {
		toks := z.tokenize(s, lexDE)
		if got, want := appendCaps(nil, toks), plain(toks); !slices.Equal(got, want) {
			t.Errorf("appendCaps(%q) = %v, want %v", s, got, want)
		}
	}
	var d docState
	var z2 tokenizer
	a := z.tokenize(texts[0], lexDE)
	d.noteCaps(a)
	if got, want := d.capsOf(a), plain(a); !slices.Equal(got, want) || len(got) > 0 && &got[0] != &d.caps[0] {
		t.Errorf("capsOf(the unit) = %v, want the list noteCaps made, %v", got, want)
	}
	next := "Sie meldet, wie es heißt, der Ort Velden sei am Montag zu teuer."
	for _, part := range [][]token{a[2:], a[:len(a)-1], z2.tokenize(next, lexDE)} {
		if got, want := d.capsOf(part), plain(part); !slices.Equal(got, want) {
			t.Errorf("capsOf(other tokens) = %v, want %v", got, want)
		}
	}
	// claimant forgets the list at its end: the next unit of as many
	// tokens is written over the same ones.
	var a2 analysis
	analyze(&z, texts[0], a, "de", &a2)
	d.claimant(a, texts[0], &a2, true, lexDE)
	b := z.tokenize(next, lexDE)
	if len(b) != len(a) || &b[0] != &a[0] {
		t.Fatalf("the second unit has %d tokens, not %d over the same ones", len(b), len(a))
	}
	if got, want := d.capsOf(b), plain(b); !slices.Equal(got, want) {
		t.Errorf("capsOf(the next unit) = %v, want %v", got, want)
	}
}

// TestCapBit compares capBit with capWord on every value of the flags.
func TestCapBit(t *testing.T) {
	for f := 0; f < 256; f++ {
		tk := token{flags: uint8(f)}
		if got, want := capBit(uint8(f)) == 1, capWord(&tk); got != want || capBit(uint8(f)) > 1 {
			t.Errorf("capBit(%08b) = %d, capWord %v", f, capBit(uint8(f)), want)
		}
	}
}
