package extract

import (
	"slices"
	"strings"
)

// Helpers of the rules that name several claimants ("A; B"): spans of
// names in a unit and how they are matched with the claimants found.

// maxConjuncts is the most conjuncts a coordinated subject is read with.
const maxConjuncts = 5

// tokSpan is a name in a unit's tokens, toks[s:e].
type tokSpan struct{ s, e int }

// allAmong reports whether each of the claimants in who ("A; B") is
// written by one of the names (case ignored; a surname or tail of a known
// person's name counts as that person).
func (d *docState) allAmong(who string, names []tokSpan, text string, toks []token) bool {
	for w := range strings.SplitSeq(who, "; ") {
		found := false
		for _, n := range names {
			found = found || d.writes(text[toks[n.s].s:toks[n.e-1].e], w)
		}
		if !found {
			return false
		}
	}
	return true
}

// writes reports whether the words written name the claimant who: both
// end in the same word (case ignored: "Senator Ann Lee" and "Lee" name
// "Ann Lee", "der Neue Mieterverein" names "Neuer Mieterverein").
func (d *docState) writes(written, who string) bool {
	return strings.EqualFold(lastWord(written), lastWord(who))
}

// lastWord returns the last space-separated word of s.
func lastWord(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// spanNames resolves each of the names to a claimant and joins them with
// "; ", dropping repeats: a name that writes one of the claimants found
// so far (who, "A; B") keeps that claimant, the others are resolved by
// nameAt.
func (d *docState) spanNames(names []tokSpan, u *claimUnit, who string, de bool) string {
	var out []string
	for _, n := range names {
		w := ""
		for c := range strings.SplitSeq(who, "; ") {
			if w == "" && d.writes(u.text[u.toks[n.s].s:u.toks[n.e-1].e], c) {
				w = c
			}
		}
		if w == "" {
			w = d.nameAt(u.toks[:n.e], u.text, n.s, de, u.lex, true, true)
		}
		if w != "" && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return strings.Join(out, "; ")
}
