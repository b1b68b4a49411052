package extract

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// The word tests of words.go have fast paths (a filter before the event
// verb look-up after a verb prefix, the superlative endings by their last
// byte); these tests compare them with the plain definitions they
// replace, on the lexicon's words, the words behind every verb prefix and
// made-up words.

// eventAfterPrefixPlain is eventAfterPrefix with every prefix tried and
// every word looked up.
func eventAfterPrefixPlain(low string) bool {
	for _, p := range sepPrefixes {
		if len(low) > len(p)+2 && strings.HasPrefix(low, p) && lexDE[low[len(p):]]&cEventVerb != 0 {
			return true
		}
	}
	return false
}

// superlativeEndingDEPlain is superlativeEndingDE with the endings tried
// one by one.
func superlativeEndingDEPlain(low string) bool {
	for _, s := range [...]string{"ste", "sten", "stes", "ster", "stem"} {
		if strings.HasSuffix(low, s) {
			return !strings.HasSuffix(low, "ist"+s[2:]) && !strings.HasSuffix(low, "iste")
		}
	}
	return false
}

// fastTestWords returns the words both lexicons know, each behind every
// verb prefix, with endings of the rules added, and made-up words of the
// letters those endings are made of.
func fastTestWords() []string {
	var words []string
	endings := []string{"", "e", "te", "ten", "ste", "sten", "stes", "ster", "stem", "iste", "isten", "ist", "est", "ed", "iert", "t", "en"}
	for _, lex := range []lexicon{lexDE, lexEN} {
		for w := range lex {
			for _, e := range endings {
				words = append(words, w+e)
			}
			for _, p := range sepPrefixes {
				words = append(words, p+w, p+"ge"+w)
			}
		}
	}
	r := rand.New(rand.NewSource(1))
	const letters = "abegimnrstuvzäß"
	for k := 0; k < 50000; k++ {
		var b strings.Builder
		for n := 1 + r.Intn(10); n > 0; n-- {
			b.WriteByte(letters[r.Intn(len(letters))])
		}
		words = append(words, b.String())
	}
	return words
}

// TestPrefixesByByte checks that prefixesByByte lists every verb prefix,
// under its first byte, in the order of sepPrefixes (isEventVerb tries the
// prefixes of a word's first byte only).
func TestPrefixesByByte(t *testing.T) {
	var want [256][]string
	for _, p := range sepPrefixes {
		want[p[0]] = append(want[p[0]], p)
	}
	for b := range want {
		if !slices.Equal(prefixesByByte[b], want[b]) {
			t.Errorf("byte %q: %q, want %q", byte(b), prefixesByByte[b], want[b])
		}
	}
}

func TestIsEventVerbFast(t *testing.T) {
	bad := 0
	for _, w := range fastTestWords() {
		if w == "" {
			continue
		}
		if got, want := eventAfterPrefix(w), eventAfterPrefixPlain(w); got != want {
			if bad++; bad < 20 {
				t.Errorf("%q after a prefix: %v, plain definition %v", w, got, want)
			}
		}
		// eventRule and analyze skip the call for a capitalised word.
		for ctx := 0; ctx < 32; ctx++ {
			de, aux, modal := ctx&1 != 0, ctx&2 != 0, ctx&4 != 0
			lex := lexEN
			if de {
				lex = lexDE
			}
			prev := token{low: "x"}
			if ctx&8 != 0 {
				prev.cat = cDet
			}
			next := token{low: "y", flags: tWord}
			if ctx&16 != 0 {
				next.flags |= tCap
			}
			toks := []token{prev, {low: w, flags: tWord | tCap, cat: lex[w]}, next}
			if isEventVerb(toks, 1, de, aux, modal) {
				if bad++; bad < 20 {
					t.Errorf("%q (context %05b) capitalised: an event verb", w, ctx)
				}
			}
		}
	}
}

// TestEventFilter checks that the filter of event verbs passes every
// event verb of the German lexicon (a word it stops is looked up no more).
func TestEventFilter(t *testing.T) {
	tab, n := deTable(), 0
	for w, c := range lexDE {
		if c&cEventVerb != 0 && len(w) >= 2 {
			n++
			if !tab.mayBeEvent(w) {
				t.Errorf("%q: stopped by the filter", w)
			}
		}
	}
	stopped := 0
	for _, w := range fastTestWords() {
		if len(w) >= 2 && !tab.mayBeEvent(w) {
			stopped++
		}
	}
	if n == 0 || stopped == 0 {
		t.Errorf("%d event verbs, %d words stopped: the filter does nothing", n, stopped)
	}
}

func TestIsSuperlativeFast(t *testing.T) {
	for _, w := range fastTestWords() {
		if len(w) < 6 {
			continue // isSuperlative asks only of six bytes or more
		}
		if got, want := superlativeEndingDE(w), superlativeEndingDEPlain(w); got != want {
			t.Errorf("%q: %v, plain definition %v", w, got, want)
		}
	}
}
