package sqlite_test

import (
	"strings"
	"testing"
	"unicode"

	"claimdesk/claims"
	"claimdesk/storage/sqlite"
)

// hostileQueries are typed as a person might; none may cause a syntax error.
var hostileQueries = []string{
	`"Pompeo`, `Pompeo"`, `"Mike Pompeo"`, `Pompeo-Besuch`, `-Pompeo`, `Größe`, `grosse`, `Groesse`,
	`Pompeo AND`, `AND`, `OR OR`, `NOT Pompeo`, `NEAR(Pompeo Besuch)`, `Pompeo*`, `*x*`, `^Pompeo`,
	`(Pompeo`, `Pompeo)`, `title:Pompeo`, `{title}: x`, `Pompeo +Besuch`, `a'b`, `a\b`,
	`%_x`, `'; DROP TABLE claims; --`, "tab\tnew\nline", "zero\x00byte", `ääää`, `日本語`, `🙂 emoji`,
	// pasted from a web page (invented): stamps, addresses, mentions,
	// joined emojis, right-to-left text, invisible and broken characters
	"Stand: 05.12.2026, 14:32 Uhr", "+++ 14:32 +++", "presse@kalben.example", "https://kalben.example/a?b=c&d=e#f",
	"@Rathaus_Kalben", "#Haushalt2026", "👍🏽 Pompeo", "👩‍👩‍👧‍👦 Größe", "מנהל העיר", "Cafe\u0301", "Pompe\u00ado",
	"Pompeo\u00a0Besuch", "Pom\u200bpeo", "Pompeo\u2028Besuch", "„Pompeo“", "‚Größe‘", "«Pompeo»", `"""Pompeo`,
	"Dr.", "z. B.", "1.200", "3,5 %", "1234567890123456789012345678901234567890", "Pompeo \xed\xa0\x80", "\xff\xfeGröße",
	"Größe\r", strings.Repeat("Pompeo ", 200), strings.Repeat("x", 5000), strings.Repeat(".", 10000) + "a",
}

// seedSearch stores one record of each kind mentioning Pompeo.
func seedSearch(t testing.TB, s claims.Services) (a *claims.Article, c *claims.Claim, src *claims.Source, e *claims.Evidence) {
	t.Helper()
	a = &claims.Article{Title: "Pompeo in Berlin", Body: "Der frühere Außenminister Mike Pompeo sprach über die Größe der Armee."}
	if err := s.Articles.CreateArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	c = &claims.Claim{ArticleID: a.ID, Text: "Die Armee hat die doppelte Größe wie 2010.", Claimant: "Mike Pompeo", Tags: []string{"militär"}}
	if err := s.Claims.CreateClaim(ctx, c); err != nil {
		t.Fatal(err)
	}
	src = &claims.Source{Title: "Bundeswehr Personalstärke", Publisher: "Bundeswehr", Notes: "Zahlen zur Größe", URL: "https://example.org/bw"}
	if err := s.Sources.CreateSource(ctx, src); err != nil {
		t.Fatal(err)
	}
	e = &claims.Evidence{ClaimID: c.ID, SourceID: src.ID, Stance: claims.StanceRefutes, Excerpt: "Die Truppenstärke sank seit 2010."}
	if err := s.Evidence.CreateEvidence(ctx, e); err != nil {
		t.Fatal(err)
	}
	return a, c, src, e
}

func TestSearch(t *testing.T) {
	s := MustOpenDB(t).Services()
	a, c, src, e := seedSearch(t, s)

	t.Run("AllKinds", func(t *testing.T) {
		hits, n, err := s.Search.Search(ctx, claims.SearchQuery{Text: "Größe"})
		if err != nil {
			t.Fatal(err)
		}
		if n != 3 || len(hits) != 3 {
			t.Fatalf("got %d hits (total %d): %+v", len(hits), n, hits)
		}
		kinds := map[string]string{}
		for _, h := range hits {
			kinds[h.Kind] = h.ID
			if !strings.Contains(h.Snippet, "[") || !strings.Contains(h.Snippet, "]") {
				t.Errorf("snippet without marks: %q", h.Snippet)
			}
		}
		if kinds[claims.HitArticle] != a.ID || kinds[claims.HitClaim] != c.ID || kinds[claims.HitSource] != src.ID {
			t.Fatalf("kinds = %v", kinds)
		}
	})
	t.Run("GermanSpellings", func(t *testing.T) {
		for _, q := range []string{"grosse", "Groesse", "GRÖSSE", "aussenminister", "Außenminister", "fruhere", "frueher"} {
			_, n, err := s.Search.Search(ctx, claims.SearchQuery{Text: q, Kinds: []string{claims.HitArticle}})
			if err != nil || n != 1 {
				t.Errorf("%q: %d hits, %v", q, n, err)
			}
		}
	})
	t.Run("Evidence", func(t *testing.T) {
		hits, _, err := s.Search.Search(ctx, claims.SearchQuery{Text: "truppen"})
		if err != nil || len(hits) != 1 || hits[0].Kind != claims.HitEvidence || hits[0].ID != e.ID || hits[0].ClaimID != c.ID {
			t.Fatalf("got %+v, %v", hits, err)
		}
	})
	t.Run("ClaimFilterSkipsOtherKinds", func(t *testing.T) {
		hits, n, err := s.Search.Search(ctx, claims.SearchQuery{Text: "Pompeo", Tag: ptr("Militär")})
		if err != nil || n != 1 || hits[0].Kind != claims.HitClaim {
			t.Fatalf("got %+v (%d), %v", hits, n, err)
		}
		_, n, err = s.Search.Search(ctx, claims.SearchQuery{Text: "Pompeo", Status: ptr(claims.StatusPublished)})
		if err != nil || n != 0 {
			t.Fatalf("status filter: %d, %v", n, err)
		}
	})
	t.Run("AllWordsMustOccur", func(t *testing.T) {
		_, n, err := s.Search.Search(ctx, claims.SearchQuery{Text: "Pompeo Truppenstärke"})
		if err != nil || n != 0 {
			t.Fatalf("got %d, %v", n, err)
		}
	})
	t.Run("ErrEmpty", func(t *testing.T) {
		for _, q := range []string{"", "   ", `"*()`, `*`, `((`, `:`, `\`, `%_`, `-`} {
			_, _, err := s.Search.Search(ctx, claims.SearchQuery{Text: q})
			if code(err) != claims.EINVALID || !strings.Contains(claims.ErrorMessage(err), "word") {
				t.Errorf("%q: %v", q, err)
			}
		}
	})
	t.Run("ErrUnknownKind", func(t *testing.T) {
		if _, _, err := s.Search.Search(ctx, claims.SearchQuery{Text: "x", Kinds: []string{"people"}}); code(err) != claims.EINVALID {
			t.Fatal(err)
		}
	})
	t.Run("Hostile", func(t *testing.T) {
		for _, q := range hostileQueries {
			if _, _, err := s.Search.Search(ctx, claims.SearchQuery{Text: q}); err != nil {
				t.Errorf("%q: %v", q, err)
			}
			if _, _, err := s.Claims.FindClaims(ctx, claims.ClaimFilter{Query: &q}); err != nil {
				t.Errorf("FindClaims %q: %v", q, err)
			}
		}
	})
	t.Run("Operators are words", func(t *testing.T) {
		// "NOT Pompeo" must not exclude Pompeo: NOT is just a (missing) word.
		_, n, err := s.Search.Search(ctx, claims.SearchQuery{Text: "Pompeo NOT"})
		if err != nil || n != 0 {
			t.Fatalf("got %d, %v", n, err)
		}
	})
}

// FuzzSearchQuery checks that no input makes the query builder or FTS5
// fail: the only error allowed is EINVALID for input without any word.
func FuzzSearchQuery(f *testing.F) {
	for _, q := range hostileQueries {
		f.Add(q)
	}
	db, err := sqlite.Open(f.TempDir() + "/fuzz.db")
	if err != nil {
		f.Fatal(err)
	}
	defer db.Close()
	s := db.Services()
	seedSearch(f, s)
	f.Fuzz(func(t *testing.T, q string) {
		_, _, err := s.Search.Search(ctx, claims.SearchQuery{Text: q})
		if err == nil {
			return
		}
		hasWord := strings.IndexFunc(q, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }) >= 0
		if code(err) != claims.EINVALID || hasWord {
			t.Fatalf("Search(%q): %v", q, err)
		}
	})
}
