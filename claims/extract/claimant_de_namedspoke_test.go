package extract

import (
	"maps"
	"math/rand"
	"strings"
	"testing"
)

// TestNoteSpoke checks namedDE.noteSpoke against storing every key in
// spoke, on random sequences of invented names, "" among them.
func TestNoteSpoke(t *testing.T) {
	keys := []string{"Eva Roth", "Roth", "Jan Kolb", "Kolb", "Ida Brenner", ""}
	rng := rand.New(rand.NewSource(5))
	for range 500 {
		var n namedDE
		var want map[string]bool
		var seq []string
		for range rng.Intn(14) {
			k := keys[rng.Intn(len(keys))]
			seq = append(seq, k)
			n.noteSpoke(k)
			if want == nil {
				want = map[string]bool{}
			}
			want[k] = true
		}
		if (n.spoke == nil) != (want == nil) || !maps.Equal(n.spoke, want) {
			t.Fatalf("keys %q: spoke %v, want %v", seq, n.spoke, want)
		}
	}
}

// TestEndsWithWord checks endsWithWord against strings.HasSuffix with the
// space joined, on all pairs of invented names and their parts.
func TestEndsWithWord(t *testing.T) {
	ws := []string{"", " ", "Roth", "Eva Roth", "EvaRoth", "a Roth", " Roth", "Roth ", "oth", "Eva  Roth", "Ida-Roth"}
	for _, s := range ws {
		for _, w := range ws {
			if got, want := endsWithWord(s, w), strings.HasSuffix(s, " "+w); got != want {
				t.Errorf("endsWithWord(%q, %q) = %v, want %v", s, w, got, want)
			}
		}
	}
}

// TestNoteNamedBeforeDE checks noteNamedDE's look-up of a surname with
// one person and with no one named before the unit (it returns before
// the look-up then).
func TestNoteNamedBeforeDE(t *testing.T) {
	text := "Am Abend soll Lenz sehr verärgert gewesen sein."
	var z tokenizer
	toks := z.tokenize(text, lexDE)
	for before, want := range []string{"", "Kira Lenz"} {
		d := &docState{byKey: map[string]int{"Kira Lenz": 0, "Lenz": 0}, people: []person{{name: "Kira Lenz", surname: "Lenz"}}, before: before}
		d.unit.lex = lexDE
		d.noteNamedDE(toks, text)
		if d.named.cur != want {
			t.Errorf("people named before: %d: noteNamedDE named %q, want %q", before, d.named.cur, want)
		}
	}
}
