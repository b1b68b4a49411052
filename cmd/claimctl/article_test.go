package main

import (
	"strings"
	"testing"

	"claimdesk/desk"
)

// showArticle returns "article show --format json" as a map.
func showArticle(t *testing.T, db, id string) map[string]any {
	t.Helper()
	var a map[string]any
	decode(t, mustRun(t, db, "article show", id, "--format", "json"), &a)
	return a
}

func TestArticleSet(t *testing.T) {
	db, dir := newDB(t), t.TempDir()
	id := mustID(t, db, "import", writeFile(t, dir, "windkraft.txt", testArticle))

	t.Run("AllFields", func(t *testing.T) {
		out := mustRun(t, db, "article set", id, "--title", "Windkraft im Landtag", "--outlet", "Tagesblatt",
			"--url", "https://example.org/wind", "--published", "14.03.2026", "--lang", "en")
		if !strings.Contains(out, "Windkraft im Landtag") {
			t.Fatalf("output = %q, want the new title", out)
		}
		a := showArticle(t, db, id)
		for k, want := range map[string]string{"title": "Windkraft im Landtag", "publisher": "Tagesblatt",
			"url": "https://example.org/wind", "language": "en"} {
			if got := a[k]; got != want {
				t.Errorf("%s = %v, want %q", k, got, want)
			}
		}
		if got := a["published_at"].(string); !strings.HasPrefix(got, "2026-03-14") {
			t.Errorf("published_at = %q, want 2026-03-14", got)
		}
		if !strings.HasPrefix(a["body"].(string), "Landtag streitet") {
			t.Errorf("the body changed: %.40q", a["body"])
		}
	})
	t.Run("History", func(t *testing.T) {
		out := mustRun(t, db, "history", id)
		for _, want := range []string{"History of article", "Landtag streitet über Windkraft im Süden", "Windkraft im Landtag", "Tagesblatt", "published_at"} {
			if !strings.Contains(out, want) {
				t.Errorf("history = %q, want %q in it", out, want)
			}
		}
	})
	t.Run("ClearFields", func(t *testing.T) {
		mustRun(t, db, "article set", id, "--url", "", "--lang", "none", "--published", "2026-01-02")
		a := showArticle(t, db, id)
		if a["url"] != nil || a["language"] != nil {
			t.Errorf("url %v, language %v; want both cleared", a["url"], a["language"])
		}
		if a["title"] != "Windkraft im Landtag" || a["publisher"] != "Tagesblatt" {
			t.Errorf("fields not given changed: %v", a)
		}
	})
	t.Run("Refused", func(t *testing.T) {
		for _, args := range [][]string{
			{"article set", id},
			{"article set", id, "--title", " "},
			{"article set", id, "--lang", "fr"},
			{"article set", id, "--published", "März 2026"},
			{"article set", "--title", "X"},
		} {
			if r := claimctl(t, db, args...); r.code != 2 || r.stderr == "" {
				t.Errorf("%v: exit %d, stderr %q; want exit 2 with a message", args, r.code, r.stderr)
			}
		}
		if r := claimctl(t, db, "article set", "no-such-id", "--title", "X"); r.code == 0 || !strings.Contains(r.stderr, "not found") {
			t.Errorf("unknown ID: exit %d, stderr %q", r.code, r.stderr)
		}
	})
}

func TestArticleDelete(t *testing.T) {
	db, dir := newDB(t), t.TempDir()
	id := mustID(t, db, "import", writeFile(t, dir, "windkraft.txt", testArticle))
	claim := mustID(t, db, "claim add", "--article", id, "--text", "Im vergangenen Jahr gingen 412 neue Windräder ans Netz.")

	// Without --yes it asks, naming the claims that stay; no answer keeps it.
	out, errOut, code := runIn(t, "", "--db", db, "article delete", id)
	if code != 1 || out != "" || !strings.Contains(errOut, "Its 1 claim stays, without article.") {
		t.Fatalf("unanswered: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	showArticle(t, db, id) // still there

	out, _, code = runIn(t, "y\n", "--db", db, "article delete", id)
	if code != 0 || !strings.Contains(out, "1 claim kept without article") {
		t.Fatalf("answered y: exit %d, stdout %q", code, out)
	}
	if r := claimctl(t, db, "article show", id); r.code == 0 {
		t.Fatal("the article is still there")
	}
	var c map[string]any
	decode(t, mustRun(t, db, "claim show", claim, "--format", "json"), &c)
	if c["article_id"] != nil || c["text"] != "Im vergangenen Jahr gingen 412 neue Windräder ans Netz." {
		t.Fatalf("claim after delete = %v, want it kept without article", c)
	}

	// The article stays readable in its history, with its text.
	var evs []map[string]any
	decode(t, mustRun(t, db, "history", id, "--format", "json"), &evs)
	if len(evs) == 0 || evs[len(evs)-1]["field"] != "deleted" || !strings.Contains(evs[len(evs)-1]["old"].(string), "Landtag streitet") {
		t.Fatalf("history after delete = %v, want it to end with the deleted article and its text", evs)
	}

	other := mustID(t, db, "import", writeFile(t, dir, "zwei.txt", testArticle))
	if out := mustRun(t, db, "article delete", other, "--yes"); !strings.Contains(out, "0 claims kept") {
		t.Fatalf("--yes: stdout %q", out)
	}
}

// TestImportTitleIsNotFileName checks that a text whose first line is a
// sentence is titled by that line, and that the report heading says so.
func TestImportTitleIsNotFileName(t *testing.T) {
	db, dir := newDB(t), t.TempDir()
	text := "Der Landtag hat am Mittwoch über den Ausbau der Windkraft gestritten.\nDie Opposition hält dagegen.\n"
	id := mustID(t, db, "import", writeFile(t, dir, "scan-0042.txt", text))
	md := mustRun(t, db, "export", "--article", id, "--format", "md", "--out", "-")
	head, _, _ := strings.Cut(md, "\n")
	if strings.Contains(md, "scan-0042") || !strings.Contains(head, "Der Landtag hat am Mittwoch") {
		t.Fatalf("report heading = %q, want the first line of the text, not the file name", head)
	}
}

func TestArticleSuggestionsAndAccept(t *testing.T) {
	db, dir := newDB(t), t.TempDir()
	id := mustID(t, db, "import", writeFile(t, dir, "windkraft.txt", testArticle))
	var rows []suggestionRow
	decode(t, mustRun(t, db, "article suggest", id, "--format", "json", "--threshold", "0"), &rows)
	if len(rows) < 3 || rows[0].N != 1 || rows[0].Score < rows[len(rows)-1].Score {
		t.Fatalf("suggestions = %+v, want several, numbered best first", rows)
	}
	claim := mustID(t, db, "article accept", id, "2", "--threshold", "0")
	var c map[string]any
	decode(t, mustRun(t, db, "claim show", claim, "--format", "json"), &c)
	if c["text"] != rows[1].Text || c["article_id"] != id {
		t.Fatalf("accepted claim = %v, want the text %q of suggestion 2", c, rows[1].Text)
	}
	decode(t, mustRun(t, db, "article suggest", id, "--format", "json", "--threshold", "0"), &rows)
	if rows[1].AcceptedAs != claim {
		t.Fatalf("suggestion 2 accepted as %q, want %q", rows[1].AcceptedAs, claim)
	}
	r := claimctl(t, db, "article accept", id, "2", "--threshold", "0")
	if r.code != 0 || r.stdout != "" || !strings.Contains(r.stderr, "is claim "+claim+" already") {
		t.Fatalf("second accept: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	if r := claimctl(t, db, "article accept", id, "99"); r.code != 2 || !strings.Contains(r.stderr, "no suggestion 99") {
		t.Fatalf("accept 99: exit %d, stderr %q", r.code, r.stderr)
	}
}

// TestImportLanguageAsTheWindow checks that a text whose language the
// importer cannot tell gets the language the window gives it: the one most
// of its sentences were detected in (package desk).
func TestImportLanguageAsTheWindow(t *testing.T) {
	db, dir := newDB(t), t.TempDir()
	text := "Bundestag beschließt Haushalt 2026 mit 480 Milliarden Euro.\n"
	a, _, err := desk.ReadArticle("kurz.txt", []byte(text), desk.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	id := mustID(t, db, "import", writeFile(t, dir, "kurz.txt", text))
	if got := showArticle(t, db, id)["language"]; a.Language == "" || got != a.Language {
		t.Fatalf("claimctl import: language %v, the window's path: %q", got, a.Language)
	}
}
