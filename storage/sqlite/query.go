package sqlite

import (
	"strings"

	"claimdesk/storage/internal/sqlstore"
)

// fts5 is how an FTS5 MATCH expression is written: every word a
// double-quoted prefix term; the index stores ä, ö, ü without diacritics.
var fts5 = sqlstore.MatchSyntax{
	Translit: strings.NewReplacer("ae", "a", "oe", "o", "ue", "u"),
	Prefix:   func(w string) string { return `"` + strings.ReplaceAll(w, `"`, `""`) + `"*` },
	Or:       " OR ",
	And:      " AND ",
}

// queryTerms splits what a person typed into words (sqlstore.QueryTerms).
func queryTerms(text string) []string { return sqlstore.QueryTerms(text) }

// spellings returns the forms under which a German word may be indexed.
func spellings(term string) []string { return fts5.Spellings(term) }

// matchExpr builds a safe FTS5 MATCH expression from a query as typed.
func matchExpr(text string) (string, error) { return fts5.MatchExpr(text) }
