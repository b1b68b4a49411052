package postgres

import (
	"strings"
	"unicode"

	"claimdesk/claims"
)

// maxQueryTerms bounds the number of words taken from one search query.
const maxQueryTerms = 32

// queryTerms splits what a person typed into words: runs of letters and
// digits, lower-cased. Everything else (quotes, hyphens, operators such as
// * ^ : ( ) and NEAR punctuation) separates words and carries no meaning.
func queryTerms(text string) []string {
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

// spellings returns the forms under which a German word may be indexed: as
// typed, with ß written ss and ss written ß, and with the transliterations
// ae, oe, ue read as ä, ö, ü (PostgreSQL's configurations keep diacritics).
func spellings(term string) []string {
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
	umlauts := strings.NewReplacer("ae", "ä", "oe", "ö", "ue", "ü").Replace(term)
	add(umlauts)
	add(strings.ReplaceAll(umlauts, "ss", "ß"))
	return out
}

// matchExpr builds a safe tsquery text from a query as typed, for
// claimdesk_query: every word becomes a quoted prefix term (so nothing in it
// is an operator), German spelling variants are ORed, and all words must
// occur. A query without any word is EINVALID.
func matchExpr(text string) (string, error) {
	terms := queryTerms(text)
	if len(terms) == 0 {
		return "", claims.Errorf(claims.EINVALID, "Type at least one word to search for.")
	}
	parts := make([]string, 0, len(terms))
	for _, t := range terms {
		vs := spellings(t)
		alts := make([]string, len(vs))
		for i, v := range vs {
			alts[i] = "'" + strings.ReplaceAll(v, "'", "''") + "':*"
		}
		if len(alts) == 1 {
			parts = append(parts, alts[0])
		} else {
			parts = append(parts, "("+strings.Join(alts, " | ")+")")
		}
	}
	return strings.Join(parts, " & "), nil
}
