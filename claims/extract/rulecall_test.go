package extract

import (
	"math/bits"
	"reflect"
	"strings"
	"testing"
)

// TestStdRules checks that runStdRules calls the rules of tokenRules in
// the list's order: its case k is stdRuleFuncs[k], which must be rule k;
// and that each pre-test's bit is its rule's.
func TestStdRules(t *testing.T) {
	if !isStdRules(tokenRules) || len(stdRuleFuncs) != len(tokenRules) {
		t.Fatalf("tokenRules has %d rules, runStdRules %d", len(tokenRules), len(stdRuleFuncs))
	}
	for k, r := range tokenRules {
		if reflect.ValueOf(r.run).Pointer() != reflect.ValueOf(stdRuleFuncs[k]).Pointer() {
			t.Errorf("rule %d is not the one runStdRules calls", k)
		}
	}
	for bit, f := range map[uint64]func(*unitCtx, int){bitEvent: eventRule, bitComparison: comparisonRule,
		bitLegal: legalRule, bitLink: linkRule, bitDiscourse: discourseRule} {
		k := bits.TrailingZeros64(bit)
		if reflect.ValueOf(stdRuleFuncs[k]).Pointer() != reflect.ValueOf(f).Pointer() {
			t.Errorf("pre-test bit %d is not its rule's", k)
		}
	}
	if isStdRules(append([]tokenRule(nil), tokenRules...)) {
		t.Error("a copy of the list counts as the list")
	}
}

// TestLegalHead checks legalHead against its definition: a word of at
// least nine bytes that ends in one of legalHeads after three more bytes.
func TestLegalHead(t *testing.T) {
	naive := func(low string) bool {
		for _, h := range legalHeads {
			if len(low) >= 9 && len(low) >= len(h)+3 && strings.HasSuffix(low, h) {
				return true
			}
		}
		return false
	}
	words := []string{"", "gesetz", "grundgesetz", "landgericht", "amtsgerichts", "vorurteil", "zwischenurteil",
		"handelsabkommen", "staatsvertrag", "rechtsverordnung", "verordnung", "xverordnung", "heizungsgesetze",
		"gesetzes", "abcgesetzes", "bericht", "berichts", "teilnehmen", "vertragen", "wohnung", "abstimmung"}
	for _, h := range legalHeads {
		for _, p := range []string{"", "a", "ab", "abc", "abcd", "landes"} {
			words = append(words, p+h, p+h[1:], p+h+"n")
		}
	}
	for _, w := range words {
		if got, want := legalHead(w), naive(w); got != want {
			t.Errorf("legalHead(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestPhraseTable checks the phrase tables against the phrase maps: every
// phrase, both ways round, with a word cut short or made longer.
func TestPhraseTable(t *testing.T) {
	for _, l := range []struct {
		m   map[string]category
		tab *phraseTable
	}{{phrasesDE, phraseTabDE}, {phrasesEN, phraseTabEN}} {
		if len(l.m) < 10 {
			t.Fatalf("only %d phrases", len(l.m))
		}
		for k := range l.m {
			a, b, ok := strings.Cut(k, " ")
			if !ok || b == "" { // a single word ("there's") is never looked up
				if got := l.tab.get(k, ""); got != 0 {
					t.Errorf("get(%q, \"\") = %v", k, got)
				}
				continue
			}
			for _, p := range [][2]string{{a, b}, {b, a}, {a, b[:len(b)-1]}, {a + "x", b}, {a, b + " " + a}, {a + " " + b, ""}, {"", a}, {a, b[:len(b)-1] + "#"}, {a[:len(a)-1] + "#", b}} {
				if got, want := l.tab.get(p[0], p[1]), l.m[p[0]+" "+p[1]]; got != want {
					t.Errorf("get(%q, %q) = %v, want %v", p[0], p[1], got, want)
				}
			}
			if l.tab.get(a, b) != l.m[k] {
				t.Errorf("phrase %q not found", k)
			}
		}
	}
}

// TestPhraseTableProbes checks phraseTable on a made-up map, where the
// look-ups of pairs not in it walk past keys that share a word with them.
func TestPhraseTableProbes(t *testing.T) {
	m := map[string]category{}
	for i := range 30 {
		for j := range 30 {
			if (i+j)%2 == 0 {
				m["a"+itoa(10+i)+" b"+itoa(10+j)] = category(1 + i + 30*j)
			}
		}
	}
	tab := newPhraseTable(m)
	for i := range 30 {
		for j := range 30 {
			a, b := "a"+itoa(10+i), "b"+itoa(10+j)
			if got, want := tab.get(a, b), m[a+" "+b]; got != want {
				t.Errorf("get(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
}
