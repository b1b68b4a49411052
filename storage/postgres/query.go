package postgres

import (
	"strings"

	"claimdesk/storage/internal/sqlstore"
)

// tsquery is how a tsquery text for claimdesk_query is written: every word
// a quoted prefix term; PostgreSQL's configurations keep diacritics.
var tsquery = sqlstore.MatchSyntax{
	Translit: strings.NewReplacer("ae", "ä", "oe", "ö", "ue", "ü"),
	Prefix:   func(w string) string { return tsQuote(w) + ":*" },
	Phrase:   tsPhrase,
	Or:       " | ",
	And:      " & ",
}

// tsQuote writes s as a quoted tsquery operand.
func tsQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// tsPhrase writes units that must stand next to each other with the
// phrase operator <->, a word's spellings ORed. PostgreSQL's parser keeps
// 2.5, 1.600 and 3/4 whole (one lexeme) but splits 2,5 and 1,600 at the
// comma, so a number is either: its digit groups next to each other, or
// the groups joined by a point or a slash.
func tsPhrase(units []sqlstore.PhraseUnit) string {
	parts := make([]string, len(units))
	for i, u := range units {
		var alts []string
		if u.Digits != nil {
			ds := make([]string, len(u.Digits))
			for j, d := range u.Digits {
				ds[j] = tsQuote(d)
			}
			alts = []string{strings.Join(ds, " <-> "), tsQuote(strings.Join(u.Digits, ".")), tsQuote(strings.Join(u.Digits, "/"))}
		} else {
			for _, v := range u.Spellings {
				alts = append(alts, tsQuote(v)+":*")
			}
		}
		parts[i] = alts[0]
		if len(alts) > 1 {
			parts[i] = "( " + strings.Join(alts, " | ") + " )"
		}
	}
	if len(parts) == 1 {
		return parts[0]
	}
	return "( " + strings.Join(parts, " <-> ") + " )"
}

// matchExpr builds a safe tsquery text from a query as typed.
func matchExpr(text string) (string, error) { return tsquery.MatchExpr(text) }
