package main

import (
	"strings"
	"testing"
)

// TestExtractMarkupFile checks that extract reads an HTML page or a
// Markdown file as import does: the units are pieces of the text import
// stores (at their byte offsets), never its tags or markup. It read such a
// file as plain text, and the page's tags became units (fuzz26).
func TestExtractMarkupFile(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct{ name, content string }{
		{"page.html", `<!DOCTYPE html><html><head><title>Erfundene Seite</title><style>p{color:red}</style></head>
<body><article><h1>Erfundene Überschrift</h1>
<p>Der erfundene Minister sagte, die Steuern seien 2025 um 12 Prozent gestiegen.</p>
<p>Kritiker erwiderten, es habe sich <b>nichts</b> geändert.</p></article></body></html>`},
		{"page.htm", `<html><body><p>The invented minister said that taxes rose by 12 percent in 2025.</p></body></html>`},
		{"notes.md", "# Invented heading\n\nThe invented minister said that **taxes** rose by 12 percent in [2025](https://example.org/).\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			db := newDB(t)
			file := writeFile(t, dir, c.name, c.content)
			id := mustID(t, db, "import", file)
			var a struct{ Body string }
			decode(t, mustRun(t, db, "article", "show", id, "--format", "json"), &a)
			units := decodeJSONL(t, mustRun(t, db, "extract", "--all", "--format", "jsonl", file))
			if len(units) == 0 {
				t.Fatal("no units")
			}
			var texts []string
			for _, u := range units {
				if *u.Start < 0 || *u.End > len(a.Body) || a.Body[*u.Start:*u.End] != *u.Text {
					t.Fatalf("unit %q at %d–%d is not that piece of the imported text %q", *u.Text, *u.Start, *u.End, a.Body)
				}
				texts = append(texts, *u.Text)
			}
			joined := strings.Join(texts, " ")
			for _, markup := range []string{"<", "**", "# ", "](", "color:red"} {
				if strings.Contains(joined, markup) {
					t.Errorf("units hold markup %q: %q", markup, joined)
				}
			}
		})
	}
}

// TestExtractStdinPage: a page piped in (curl … | claimctl extract -) is
// read as import - reads it: the units are pieces of the stored text,
// never tags; plain text on standard input stays plain text.
func TestExtractStdinPage(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Erfundene Seite</title><style>p{color:red}</style></head>
<body><p>Der erfundene Minister sagte, die Steuern seien 2025 um 12 Prozent gestiegen.</p></body></html>`
	db := newDB(t)
	id, _, code := runIn(t, page, "--db", db, "import", "-")
	if code != 0 {
		t.Fatal("import - failed")
	}
	var a struct{ Body string }
	decode(t, mustRun(t, db, "article", "show", strings.TrimSpace(id), "--format", "json"), &a)
	out, _, code := runIn(t, page, "extract", "--all", "--format", "jsonl", "-")
	units := decodeJSONL(t, out)
	if code != 0 || len(units) == 0 {
		t.Fatalf("extract - of a page: exit %d, %d units", code, len(units))
	}
	for _, u := range units {
		if *u.End > len(a.Body) || a.Body[*u.Start:*u.End] != *u.Text || strings.Contains(*u.Text, "<") {
			t.Errorf("unit %q at %d–%d is not that piece of the imported text %q", *u.Text, *u.Start, *u.End, a.Body)
		}
	}
	text := "Der Minister sagte, die <b>Steuern</b> seien 2025 um 12 Prozent gestiegen."
	out, _, _ = runIn(t, text, "extract", "--all", "--format", "jsonl", "-")
	if units := decodeJSONL(t, out); len(units) != 1 || *units[0].Text != text {
		t.Errorf("plain text on standard input: units %q, want the text as it is", out)
	}
}
