package postgres

import (
	"strings"

	"claimdesk/storage/internal/sqlstore"
)

// tsquery is how a tsquery text for claimdesk_query is written: every word
// a quoted prefix term; PostgreSQL's configurations keep diacritics.
var tsquery = sqlstore.MatchSyntax{
	Translit: strings.NewReplacer("ae", "ä", "oe", "ö", "ue", "ü"),
	Prefix:   func(w string) string { return "'" + strings.ReplaceAll(w, "'", "''") + "':*" },
	Or:       " | ",
	And:      " & ",
}

// matchExpr builds a safe tsquery text from a query as typed.
func matchExpr(text string) (string, error) { return tsquery.MatchExpr(text) }
