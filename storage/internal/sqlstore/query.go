package sqlstore

import (
	"strings"
	"unicode"

	"claimdesk/claims"
)

// maxQueryTerms bounds the number of words taken from one search query.
const maxQueryTerms = 32

// QueryTerms splits what a person typed into words: runs of letters and
// digits, lower-cased. Everything else (quotes, hyphens, operators such as
// * ^ : ( ) and NEAR punctuation) separates words and carries no meaning.
func QueryTerms(text string) []string {
	fields := strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r) && !unicode.Is(unicode.Mn, r)
	})
	out := make([]string, 0, len(fields))
	seen := map[string]bool{}
	for _, f := range fields {
		f = strings.ToLower(f)
		if seen[f] {
			continue
		}
		seen[f] = true
		out = append(out, f)
		if len(out) == maxQueryTerms {
			break
		}
	}
	return out
}

// MatchSyntax is how a backend's full-text query language is written.
type MatchSyntax struct {
	// Translit reads the transliterations ae, oe, ue as the index holds
	// the umlauts (SQLite's index strips diacritics, PostgreSQL's keeps
	// them).
	Translit *strings.Replacer
	// Prefix writes word as a quoted prefix term, nothing in it an operator.
	Prefix func(word string) string
	// Phrase writes units that must stand next to each other, in order
	// (a quoted phrase or a number, see QueryGroups).
	Phrase func(units []PhraseUnit) string
	// Or and And join terms.
	Or, And string
}

// PhraseUnit is a unit of a phrase as MatchExpr hands it to Phrase: the
// spellings of a word (Spellings), each matched as a prefix, or the digit
// groups of a number (Digits), matched exactly and next to each other.
type PhraseUnit struct {
	Spellings []string
	Digits    []string
}

// Spellings returns the forms under which a German word may be indexed: as
// typed, with ß written ss, with ss written ß, and with the
// transliterations ae, oe, ue read as syn.Translit says.
func (syn MatchSyntax) Spellings(term string) []string {
	out := []string{term}
	add := func(v string) {
		for _, o := range out {
			if o == v {
				return
			}
		}
		out = append(out, v)
	}
	add(strings.ReplaceAll(term, "ß", "ss"))
	add(strings.ReplaceAll(term, "ss", "ß"))
	translit := syn.Translit.Replace(term)
	add(translit)
	add(strings.ReplaceAll(translit, "ss", "ß"))
	return out
}

// MatchExpr builds a safe full-text query from a query as typed
// (QueryGroups): every word becomes a quoted prefix term (so nothing in it
// is an operator), German spelling variants are ORed, a quoted phrase or a
// number with inner separators becomes a phrase (syn.Phrase), and all of
// them must occur. A query without any word is EINVALID.
func (syn MatchSyntax) MatchExpr(text string) (string, error) {
	groups := QueryGroups(text)
	if len(groups) == 0 {
		return "", claims.Errorf(claims.EINVALID, "Type at least one word to search for.")
	}
	parts := make([]string, 0, len(groups))
	for _, g := range groups {
		if g.Phrase() {
			units := make([]PhraseUnit, len(g))
			for i, u := range g {
				if u.Digits != nil {
					units[i].Digits = u.Digits
				} else {
					units[i].Spellings = syn.Spellings(u.Word)
				}
			}
			parts = append(parts, syn.Phrase(units))
			continue
		}
		vs := syn.Spellings(g[0].Word)
		alts := make([]string, len(vs))
		for i, v := range vs {
			alts[i] = syn.Prefix(v)
		}
		if len(alts) == 1 {
			parts = append(parts, alts[0])
		} else {
			parts = append(parts, "("+strings.Join(alts, syn.Or)+")")
		}
	}
	return strings.Join(parts, syn.And), nil
}

// HasPhrase reports whether a query as typed holds a quoted phrase of
// several words or a number with inner separators (QueryGroups).
func HasPhrase(text string) bool {
	for _, g := range QueryGroups(text) {
		if g.Phrase() {
			return true
		}
	}
	return false
}
