package extract

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
)

// TestAppendLowerToLower checks appendLower against strings.ToLower on
// made-up words (ASCII, umlauts, other scripts, a capital sharp s, invalid
// bytes, a lower case longer than the word), on random bytes and on every
// rune, as lowerIn and wordCategory take it for strings.ToLower.
func TestAppendLowerToLower(t *testing.T) {
	words := []string{"", "a", "Z", "Mehrheit", "ÄRZTE", "Übersee-Werke", "ẞ", "İstanbul", "Ⱥb", "Ωmega",
		"\xff", "A\xffB", "\xe2\x82", "Hälfte\xc3", strings.Repeat("Ü", 40), strings.Repeat("\xff", 30), "\uFFFD"}
	rng := rand.New(rand.NewSource(5))
	for range 3000 {
		b := make([]byte, rng.Intn(12))
		for i := range b {
			b[i] = byte(rng.Intn(256))
		}
		words = append(words, string(b))
	}
	for r := rune(0); r <= unicode.MaxRune+1; r++ {
		words = append(words, "A"+string(r))
	}
	for _, w := range words {
		if got, want := string(appendLower([]byte("x"), w)), "x"+strings.ToLower(w); got != want {
			t.Errorf("appendLower(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestLowerIn checks that lowerIn finds what m[strings.ToLower(w)] finds,
// and that it allocates nothing for a word of a claimant.
func TestLowerIn(t *testing.T) {
	m := map[string]bool{"mehrheit": true, "ärzte": true, "hälfte": true}
	for _, w := range []string{"Mehrheit", "MEHRHEIT", "mehrheit", "Ärzte", "ÄRZTE", "Hälfte", "Hälften", "Mehrheit ", "", strings.Repeat("Ä", 50)} {
		if got, want := lowerIn(m, w), m[strings.ToLower(w)]; got != want {
			t.Errorf("lowerIn(%q) = %v, want %v", w, got, want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { lowerIn(m, "Übersee-Ärztekammer") }); n != 0 {
		t.Errorf("lowerIn allocates %v times, want 0", n)
	}
}

// TestLowerIdempotent checks that lowering a rune twice gives what
// lowering it once gives, for every rune: so a word lowered before
// wordCategory, which lowers it again, has the same categories as the
// word itself.
func TestLowerIdempotent(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if l := unicode.ToLower(r); unicode.ToLower(l) != l {
			t.Errorf("ToLower(ToLower(%U)) = %U, want %U", r, unicode.ToLower(l), l)
		}
	}
}

// TestFieldsInto checks that fieldsInto splits as strings.Fields does
// (spaces, tabs, a no-break space, more than eight words, none), and that
// shareGroupDE, which splits a claimant by it with lowerIn, allocates
// nothing.
func TestFieldsInto(t *testing.T) {
	for _, s := range []string{"", " ", "Jan Roth", "  Jan\tRoth \n", "Zwei\u00a0Drittel", "a b c d e f g h i j", "Roth"} {
		var buf [8]string
		if got, want := fieldsInto(buf[:0], s), strings.Fields(s); strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
			t.Errorf("fieldsInto(%q) = %q, want %q", s, got, want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { shareGroupDE("Vorstand des Vereins Nordlicht") }); n != 0 {
		t.Errorf("shareGroupDE allocates %v times, want 0", n)
	}
}
