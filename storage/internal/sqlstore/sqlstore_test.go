package sqlstore

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"claimdesk/claims"
)

// testSyntax writes terms as <w>, so that the expression shows its shape.
var testSyntax = MatchSyntax{
	Translit: strings.NewReplacer("ae", "ä", "oe", "ö", "ue", "ü"),
	Prefix:   func(w string) string { return "<" + w + ">" },
	Phrase: func(units []PhraseUnit) string {
		var parts []string
		for _, u := range units {
			if u.Digits != nil {
				parts = append(parts, "#"+strings.Join(u.Digits, "#"))
			} else {
				parts = append(parts, strings.Join(u.Spellings, "/"))
			}
		}
		return "[" + strings.Join(parts, " ") + "]"
	},
	Or:  "|",
	And: "&",
}

func TestMatchExpr(t *testing.T) {
	for text, want := range map[string]string{
		"Haushalt":          "<haushalt>",
		`"Mass" OR x*`:      "(<mass>|<maß>)&<or>&<x>",
		"Muenchen muenchen": "(<muenchen>|<münchen>)",
		"Grüße":             "(<grüße>|<grüsse>)",
		"2,5 Prozent":       "[#2#5]&<prozent>",
		"1.600 und 3/4":     "[#1#600]&<und>&[#3#4]",
		"2, 5":              "<2>&<5>",
		"a2,5":              "<a2>&<5>",
		`"Deutsche Bahn" x`: "[deutsche bahn]&<x>",
		`„Straße 2.5“`:      "[straße/strasse #2#5]",
		`"Bahn" bahn "`:     "<bahn>",
	} {
		got, err := testSyntax.MatchExpr(text)
		if err != nil || got != want {
			t.Errorf("MatchExpr(%q) = %q, %v; want %q", text, got, err, want)
		}
	}
	var ce *claims.Error
	if _, err := testSyntax.MatchExpr(" *-: "); !errors.As(err, &ce) || ce.Code != claims.EINVALID {
		t.Errorf("a query without a word: %v, want EINVALID", err)
	}
}

func TestLimitClause(t *testing.T) {
	for _, c := range []struct {
		offset, limit int
		want          string
	}{{0, 0, ""}, {0, 20, " LIMIT 20 OFFSET 0"}, {40, 20, " LIMIT 20 OFFSET 40"}, {40, 0, " LIMIT ALL OFFSET 40"}} {
		if got := LimitClause("ALL", c.offset, c.limit); got != c.want {
			t.Errorf("LimitClause(%d, %d) = %q, want %q", c.offset, c.limit, got, c.want)
		}
	}
}

// TestClaimWhereArgs checks that every placeholder gets its argument in
// order: the hits' first, an article ID once per placeholder of ArticleIs.
func TestClaimWhereArgs(t *testing.T) {
	cq := ClaimSQL{
		Match:       testSyntax.MatchExpr,
		Hits:        func(m string) (string, string, []any) { return "(hits ? ?) q JOIN claims c", "", []any{m, m} },
		ArticleNull: "c.article_id IS NULL",
		ArticleIs:   "key(c.article_id) = key(?) AND c.article_id = ?",
		ClaimantHas: "has(c.claimant, ?)",
		TextOrder:   "lower(c.text)",
	}
	q, article, who, status := "Haushalt", "a1", "MÜLLER", claims.StatusNew
	from, args, err := cq.Where(claims.ClaimFilter{Query: &q, ArticleID: &article, Claimant: &who, Status: &status}, true)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(from, "?"); n != len(args) {
		t.Fatalf("%d placeholders, %d arguments: %s %v", n, len(args), from, args)
	}
	want := []any{"<haushalt>", "<haushalt>", "a1", "a1", "new", "müller"}
	if !reflect.DeepEqual(args, want) {
		t.Errorf("arguments %v, want %v", args, want)
	}
	if _, args, _ := cq.Where(claims.ClaimFilter{Status: &status}, false); len(args) != 0 {
		t.Errorf("status left out: arguments %v", args)
	}
}

func TestValues(t *testing.T) {
	got := values(1, []any{"text", nil}, []byte("z"), "x")
	want := []any{1, "text", nil, []byte("z"), "x"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("values = %v, want %v", got, want)
	}
}

func TestQueryGroups(t *testing.T) {
	got := QueryGroups(`Zahl 12.05.2024 "die Bahn`)
	want := []Group{{{Word: "zahl"}}, {{Word: "12 05 2024", Digits: []string{"12", "05", "2024"}}},
		{{Word: "die"}, {Word: "bahn"}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("QueryGroups = %v, want %v", got, want)
	}
	if g := QueryGroups(`"` + strings.Repeat("und ", 40) + `"`); len(g) != 1 || len(g[0]) != maxQueryTerms {
		t.Errorf("a quoted passage of 40 words: %d groups, want one of %d words", len(g), maxQueryTerms)
	}
	if HasPhrase("Deutsche Bahn 25") || HasPhrase("Trump’s Mauer") || HasPhrase("geht's los") || !HasPhrase("25,5") || !HasPhrase(`"Deutsche Bahn"`) || HasPhrase(`"Bahn"`) {
		t.Error("HasPhrase is wrong")
	}
}
