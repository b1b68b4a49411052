package sqlite

import (
	"strings"

	"claimdesk/storage/internal/sqlstore"
)

// fts5 is how an FTS5 MATCH expression is written: every word a
// double-quoted prefix term; the index stores ä, ö, ü without diacritics.
var fts5 = sqlstore.MatchSyntax{
	Translit: strings.NewReplacer("ae", "a", "oe", "o", "ue", "u"),
	Prefix:   func(w string) string { return fts5Quote(w) + "*" },
	Phrase:   fts5Phrase,
	Or:       " OR ",
	And:      " AND ",
}

// fts5Quote writes s as an FTS5 string, nothing in it an operator.
func fts5Quote(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

// maxPhraseForms bounds the phrases one quoted phrase becomes: FTS5 has no
// OR inside a phrase, so each combination of its words' spellings is a
// phrase of its own (the first ones, as typed, are kept).
const maxPhraseForms = 16

// fts5Phrase writes units that must stand next to each other as FTS5
// phrases ("a"* + "b"*), ORed over the words' spellings. A number's digit
// groups are exact tokens: the index's tokenizer drops the separators, so
// 2,5 and 2.5 both stand as the tokens 2 and 5.
func fts5Phrase(units []sqlstore.PhraseUnit) string {
	forms := [][]string{nil}
	for _, u := range units {
		var alts [][]string
		if u.Digits != nil {
			var ds []string
			for _, d := range u.Digits {
				ds = append(ds, fts5Quote(d))
			}
			alts = [][]string{ds}
		} else {
			for _, v := range u.Spellings {
				alts = append(alts, []string{fts5Quote(v) + "*"})
			}
		}
		var next [][]string
		for _, f := range forms {
			for _, a := range alts {
				if len(next) < maxPhraseForms {
					next = append(next, append(append([]string(nil), f...), a...))
				}
			}
		}
		forms = next
	}
	out := make([]string, len(forms))
	for i, f := range forms {
		out[i] = strings.Join(f, " + ")
	}
	if len(out) == 1 {
		return out[0]
	}
	return "(" + strings.Join(out, " OR ") + ")"
}

// queryTerms splits what a person typed into words (sqlstore.QueryTerms).
func queryTerms(text string) []string { return sqlstore.QueryTerms(text) }

// spellings returns the forms under which a German word may be indexed.
func spellings(term string) []string { return fts5.Spellings(term) }

// matchExpr builds a safe FTS5 MATCH expression from a query as typed.
func matchExpr(text string) (string, error) { return fts5.MatchExpr(text) }
