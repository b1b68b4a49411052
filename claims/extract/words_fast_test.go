package extract

import (
	"math/rand"
	"strings"
	"testing"
)

// The word tests of words.go have fast paths (a filter before the event
// verb look-up, the superlative endings by their last byte); these tests
// compare them with the plain definitions they replace, on the lexicon's
// words, the words behind every verb prefix and made-up words.

// isEventVerbPlain is isEventVerb without the filter of event verbs.
func isEventVerbPlain(toks []token, i int, de, aux, modal bool) bool {
	t := &toks[i]
	if t.is(tCap) || t.cat&(cSpeech|cAux|cKonj1|cModal|cFuture) != 0 {
		return false
	}
	if t.cat&cEventVerb != 0 {
		return true
	}
	low := t.low
	n := len(low)
	if n < 5 || t.cat&cNotVerb != 0 {
		return false
	}
	prevDet := i > 0 && toks[i-1].cat&cDet != 0
	nextNoun := i+1 < len(toks) && toks[i+1].is(tCap) && !toks[i+1].is(tPunct)
	if !de {
		return strings.HasSuffix(low, "ed") && !prevDet && !nextNoun
	}
	for _, p := range sepPrefixes {
		if len(low) > len(p)+2 && strings.HasPrefix(low, p) && lexDE[low[len(p):]]&cEventVerb != 0 {
			return true
		}
	}
	if prevDet || nextNoun {
		return false
	}
	if strings.HasSuffix(low, "te") || strings.HasSuffix(low, "ten") {
		if strings.HasSuffix(low, "ste") || strings.HasSuffix(low, "sten") {
			return t.cat&cVerbSte != 0
		}
		return !strings.HasSuffix(low, "en") || !modal
	}
	if !aux {
		return false
	}
	if strings.HasSuffix(low, "iert") {
		return true
	}
	if strings.HasSuffix(low, "t") || strings.HasSuffix(low, "en") {
		if strings.HasPrefix(low, "ge") && n >= 6 {
			return true
		}
		for _, p := range sepPrefixes {
			if strings.HasPrefix(low, p) && strings.HasPrefix(low[len(p):], "ge") && n >= len(p)+6 {
				return true
			}
		}
		if strings.HasSuffix(low, "t") {
			for _, p := range [...]string{"be", "ver", "er", "ent", "zer"} {
				if strings.HasPrefix(low, p) && n >= 6 {
					return true
				}
			}
		}
	}
	return false
}

// isSuperlativePlain is isSuperlative with the endings tried one by one.
func isSuperlativePlain(t *token, de bool) bool {
	if t.is(tCap) || t.cat&(cNotVerb|cVerbSte) != 0 || len(t.low) < 6 {
		return false
	}
	if !de {
		return strings.HasSuffix(t.low, "est")
	}
	for _, s := range [...]string{"ste", "sten", "stes", "ster", "stem"} {
		if strings.HasSuffix(t.low, s) {
			return !strings.HasSuffix(t.low, "ist"+s[2:]) && !strings.HasSuffix(t.low, "iste")
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

func TestIsEventVerbFast(t *testing.T) {
	bad := 0
	for _, w := range fastTestWords() {
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
			toks := []token{prev, {low: w, flags: tWord, cat: lex[w]}, next}
			if got, want := isEventVerb(toks, 1, de, aux, modal), isEventVerbPlain(toks, 1, de, aux, modal); got != want {
				if bad++; bad < 20 {
					t.Errorf("%q (context %05b): %v, plain definition %v", w, ctx, got, want)
				}
			}
			// eventRule and analyze skip the call for a capitalised word.
			toks[1].flags |= tCap
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
		for _, de := range []bool{false, true} {
			lex := lexEN
			if de {
				lex = lexDE
			}
			for _, f := range []uint8{tWord, tWord | tCap} {
				tok := token{low: w, flags: f, cat: lex[w]}
				if got, want := isSuperlative(&tok, de), isSuperlativePlain(&tok, de); got != want {
					t.Errorf("%q (de %v, flags %b): %v, plain definition %v", w, de, f, got, want)
				}
			}
		}
	}
}
