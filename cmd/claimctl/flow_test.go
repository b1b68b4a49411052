package main

import (
	"slices"
	"strings"
	"testing"

	"claimdesk/claims"
)

// TestFlow runs the walk-through of the README on a made-up article:
// import, claim add, claim set, source add with a snapshot, evidence add,
// search and history.
func TestFlow(t *testing.T) {
	db := newDB(t)
	dir := t.TempDir()
	file := writeFile(t, dir, "windkraft.txt", testArticle)

	articleID := mustID(t, db, "import", file, "--publisher", "Nordkurier Test")
	var articles []articleRow
	decode(t, mustRun(t, db, "articles", "--format", "json"), &articles)
	if len(articles) != 1 || articles[0].ID != articleID {
		t.Fatalf("articles = %+v, want the one imported", articles)
	}
	if a := articles[0]; a.Title != "Landtag streitet über Windkraft im Süden" || a.Language != "de" || a.Publisher != "Nordkurier Test" {
		t.Errorf("article = %+v, want title from the first line, language de, the given publisher", a)
	}

	claimID := mustID(t, db, "--actor", "anna", "claim", "add", "--article", articleID,
		"--claimant", "Petra Sonnenfeld", "--text", testClaim, "--tag", "Energie")
	var c claimDetail
	decode(t, mustRun(t, db, "claim", "show", claimID, "--format", "json"), &c)
	if c.Claim == nil || c.ArticleID != articleID || c.Anchor == nil || c.Anchor.Exact != testClaim {
		t.Fatalf("claim = %+v, want it anchored in the article", c.Claim)
	}
	if c.Status != claims.StatusNew || c.CreatedBy != "anna" {
		t.Errorf("status %q by %q, want new by anna", c.Status, c.CreatedBy)
	}

	// A paraphrase is stored without an anchor, with a note on stderr.
	r := claimctl(t, db, "claim", "add", "--article", articleID, "--text", "Es gibt 412 neue Windräder")
	if r.code != 0 || !strings.Contains(r.stderr, "not anchored") {
		t.Errorf("claim add of a paraphrase: exit %d, stderr %q", r.code, r.stderr)
	}
	var para claimDetail
	decode(t, mustRun(t, db, "claim", "show", strings.TrimSpace(r.stdout), "--format", "json"), &para)
	if para.Claim == nil || para.Anchor != nil || para.ArticleID != articleID {
		t.Errorf("paraphrase = %+v, want it in the article without anchor", para.Claim)
	}
	mustRun(t, db, "claim", "set", para.ID, "--status", "discarded")

	if out := mustRun(t, db, "article", "show", articleID); !strings.Contains(out, claimID) || !strings.Contains(out, "Über den Antrag wird im März abgestimmt.") {
		t.Errorf("article show lacks the claim or the text:\n%s", out)
	}

	// A German label of the active (PolitiFact-style) scale.
	mustRun(t, db, "claim", "set", claimID, "--verdict", "größtenteils FALSCH", "--actor", "ben")
	mustRun(t, db, "claim", "set", claimID, "--status", "in review", "--rationale", "Der Verband zählt 287 Anlagen.", "--actor", "ben")
	decode(t, mustRun(t, db, "claim", "show", claimID, "--format", "json"), &c)
	if c.RatingID != "politifact:mostly-false" || c.Status != claims.StatusInReview || c.VerdictLabel != "Mostly false" {
		t.Errorf("after claim set: rating %q (%q), status %q", c.RatingID, c.VerdictLabel, c.Status)
	}

	snap := writeFile(t, dir, "verband.html", "<html><body><p>Zubau 2025: 287 Anlagen</p></body></html>")
	sourceID := mustID(t, db, "source", "add", "--url", "https://verband.example/zubau-2025",
		"--title", "Zubau-Statistik 2025", "--kind", "statistics", "--snapshot", snap)
	var sources []sourceRow
	decode(t, mustRun(t, db, "sources", "--format", "json"), &sources)
	if len(sources) != 1 || sources[0].ID != sourceID || len(sources[0].Snapshots) != 1 || sources[0].Kind != claims.KindStatistics {
		t.Fatalf("sources = %+v, want the source with one snapshot", sources)
	}

	evidenceID := mustID(t, db, "evidence", "add", "--claim", claimID, "--source", sourceID,
		"--stance", "refutes", "--excerpt", "Zubau 2025: 287 Anlagen", "--actor", "ben")
	decode(t, mustRun(t, db, "claim", "show", claimID, "--format", "json"), &c)
	if len(c.Evidence) != 1 || c.Evidence[0].ID != evidenceID || c.Evidence[0].Stance != claims.StanceRefutes {
		t.Errorf("evidence = %+v, want the refuting link", c.Evidence)
	}
	if out := mustRun(t, db, "claim", "show", claimID); !strings.Contains(out, "Mostly false") || !strings.Contains(out, "Zubau-Statistik 2025") {
		t.Errorf("claim show text lacks verdict or source:\n%s", out)
	}

	var hits []claims.SearchHit
	decode(t, mustRun(t, db, "search", "Windräder", "--format", "json"), &hits)
	kinds := map[string]string{}
	for _, h := range hits {
		kinds[h.Kind] = h.ID
	}
	if kinds[claims.HitClaim] != claimID || kinds[claims.HitArticle] != articleID {
		t.Errorf("search Windräder = %+v, want the claim and the article", hits)
	}
	decode(t, mustRun(t, db, "search", "287", "Anlagen", "--kind", "evidence", "--format", "json"), &hits)
	if len(hits) != 1 || hits[0].ID != evidenceID {
		t.Errorf("search evidence = %+v, want the excerpt", hits)
	}

	var events []claims.Event
	decode(t, mustRun(t, db, "history", claimID, "--format", "json"), &events)
	var fields []string
	for _, ev := range events {
		fields = append(fields, ev.Field)
	}
	for _, want := range []string{claims.FieldCreated, claims.FieldRating, claims.FieldStatus, claims.FieldRationale, claims.FieldEvidence} {
		if !slices.Contains(fields, want) {
			t.Errorf("history fields %v lack %q", fields, want)
		}
	}
	if len(events) > 0 && (events[0].Field != claims.FieldCreated || events[0].Actor != "anna") {
		t.Errorf("first event = %+v, want created by anna", events[0])
	}
	for _, ev := range events[1:] {
		if ev.Actor != "ben" {
			t.Errorf("event %s by %q, want ben", ev.Field, ev.Actor)
		}
	}
	if out := mustRun(t, db, "history", claimID); !strings.Contains(out, "Mostly false") {
		t.Errorf("history text shows no rating label:\n%s", out)
	}

	// Listing filters.
	for _, tc := range []struct {
		args []string
		want int
	}{
		{[]string{"--verdict", "mostly false"}, 1},
		{[]string{"--verdict", "politifact:false"}, 0},
		{[]string{"--verdict", "none"}, 1},
		{[]string{"--status", "in_review"}, 1},
		{[]string{"--status", "new"}, 0},
		{[]string{"--tag", "energie"}, 1},
		{[]string{"--claimant", "sonnenfeld"}, 1},
		{[]string{"--article", articleID}, 2},
		{[]string{"--status", "discarded"}, 1},
		{[]string{"--query", "Windräder"}, 2},
		{[]string{"--query", "Netz gegangen"}, 1},
		{[]string{"--query", "Kohle"}, 0},
	} {
		var list []claims.Claim
		decode(t, mustRun(t, db, append([]string{"claims", "--format", "json"}, tc.args...)...), &list)
		if len(list) != tc.want {
			t.Errorf("claims %v: %d claims, want %d", tc.args, len(list), tc.want)
		}
	}

	if out := mustRun(t, db, "check"); !strings.HasPrefix(out, "ok") {
		t.Errorf("check printed %q", out)
	}
	if out := strings.TrimSpace(mustRun(t, db, "backup")); !strings.HasSuffix(out, ".db") {
		t.Errorf("backup printed %q, want a .db path", out)
	}
}
