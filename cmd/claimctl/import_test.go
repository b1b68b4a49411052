package main

import (
	"strings"
	"testing"
)

// TestImport imports each supported format through the command line and
// checks the stored metadata, with and without the override flags.
func TestImport(t *testing.T) {
	dir := t.TempDir()
	html := writeFile(t, dir, "seite.html", `<html lang="de"><head><title>Rathaus | Stadtbote</title>
<meta property="og:site_name" content="Stadtbote"><link rel="canonical" href="https://stadtbote.example/rathaus"></head>
<body><nav>Menü</nav><p>Das Rathaus wird für 30 Millionen Euro saniert.</p></body></html>`)
	md := writeFile(t, dir, "notiz.md", "# Schulen im **Kreis**\n\nIm Kreis fehlen laut [Ministerium](https://x.example) 120 Lehrkräfte, und das ist nicht neu.")
	txt := writeFile(t, dir, "meldung.txt", "Hafen wächst\n\nDer Hafen hat 2025 mehr Container umgeschlagen als je zuvor, sagt die Behörde.")
	en := writeFile(t, dir, "news.htm", "<p>The port handled more containers than ever, the authority said on Monday in a statement.</p>")

	tests := []struct {
		name                            string
		args                            []string
		title, url, publisher, language string
	}{
		{"HTML", []string{html}, "Rathaus", "https://stadtbote.example/rathaus", "Stadtbote", "de"},
		{"Markdown", []string{md}, "Schulen im Kreis", "", "", "de"},
		{"Text", []string{txt}, "Hafen wächst", "", "", "de"},
		{"GuessedEnglish", []string{en}, "The port handled more containers than ever, the authority said on Monday in a statement.", "", "", "en"},
		{"Overrides", []string{html, "--title", "Sanierung", "--url", "https://y.example", "--publisher", "Bote", "--lang", "EN"},
			"Sanierung", "https://y.example", "Bote", "en"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			db := newDB(t)
			id := mustID(t, db, append([]string{"import"}, tc.args...)...)
			var rows []articleRow
			decode(t, mustRun(t, db, "articles", "--format", "json"), &rows)
			if len(rows) != 1 || rows[0].ID != id {
				t.Fatalf("articles = %+v, want the imported one", rows)
			}
			a := rows[0]
			if a.Title != tc.title || a.URL != tc.url || a.Publisher != tc.publisher || a.Language != tc.language {
				t.Errorf("got title %q url %q publisher %q language %q, want %q %q %q %q",
					a.Title, a.URL, a.Publisher, a.Language, tc.title, tc.url, tc.publisher, tc.language)
			}
		})
	}

	t.Run("Directory", func(t *testing.T) {
		db := newDB(t)
		writeFile(t, dir, "liesmich.pdf", "%PDF-1.4") // skipped: not an article type
		out := mustRun(t, db, "import", dir)
		if ids := strings.Fields(out); len(ids) != 4 {
			t.Errorf("import DIR printed %q, want the four articles", out)
		}
		r := claimctl(t, db, "import", t.TempDir())
		if r.code != 2 || !strings.Contains(r.stderr, "no .txt, .md, .html or .htm files") {
			t.Errorf("import of an empty directory: exit %d, stderr %q", r.code, r.stderr)
		}
	})

	t.Run("ManyFilesAndLimit", func(t *testing.T) {
		db := newDB(t)
		out := mustRun(t, db, "import", html, md, txt, "--publisher", "Sammlung")
		ids := strings.Fields(out)
		if len(ids) != 3 {
			t.Fatalf("import printed %q, want three IDs", out)
		}
		list := mustRun(t, db, "articles", "--limit", "2")
		if !strings.Contains(list, "(2 of 3 shown)") || strings.Count(list, "Sammlung") != 2 {
			t.Errorf("articles --limit 2:\n%s", list)
		}
	})
}

// TestImportSameTextTwice: importing a file whose text is stored already
// (under another name, with other line ends) stores nothing, prints the
// stored article's ID and says so; --again stores it anyway.
func TestImportSameTextTwice(t *testing.T) {
	dir := t.TempDir()
	first := writeFile(t, dir, "meldung.txt", "Hafen wächst\n\nDer Hafen hat 2025 mehr Container umgeschlagen als je zuvor, sagt die Behörde.\n")
	copy := writeFile(t, dir, "kopie.txt", "Hafen wächst\r\n\r\nDer Hafen hat 2025 mehr Container umgeschlagen als je zuvor, sagt die Behörde.\r\n\r\n")
	db := newDB(t)
	id := mustID(t, db, "import", first)
	r := claimctl(t, db, "import", copy)
	if r.code != 0 || strings.TrimSpace(r.stdout) != id || !strings.Contains(r.stderr, "stored already as article "+id) {
		t.Fatalf("second import: exit %d, stdout %q, stderr %q; want the stored ID and a note", r.code, r.stdout, r.stderr)
	}
	var rows []articleRow
	decode(t, mustRun(t, db, "articles", "--format", "json"), &rows)
	if len(rows) != 1 {
		t.Fatalf("%d articles after importing the same text twice, want 1", len(rows))
	}
	again := mustID(t, db, "import", "--again", copy)
	decode(t, mustRun(t, db, "articles", "--format", "json"), &rows)
	if again == id || len(rows) != 2 {
		t.Fatalf("import --again: ID %s (first %s), %d articles; want a second article", again, id, len(rows))
	}
}

// TestImportStrayNUL: a text file with one NUL in the middle (as text copied
// from a PDF can hold) was refused whole as "a binary file" when the NUL came
// in its first 8 KiB. It is imported now, without the NUL and nothing after
// it lost; a file of many control bytes is still refused.
func TestImportStrayNUL(t *testing.T) {
	db, dir := newDB(t), t.TempDir()
	id := mustID(t, db, "import", writeFile(t, dir, "meldung.txt",
		"Hafen wächst\n\nDer Hafen hat 2025 mehr\x00 Container umgeschlagen als je zuvor, sagt die Behörde. Der Rest bleibt."))
	body, _ := showArticle(t, db, id)["body"].(string)
	if strings.ContainsRune(body, 0) || !strings.Contains(body, "mehr Container umgeschlagen") || !strings.HasSuffix(body, "Der Rest bleibt.") {
		t.Errorf("body = %q", body)
	}
	r := claimctl(t, db, "import", writeFile(t, dir, "bild.txt", "abc\x00\x01\x02def"))
	if r.code != 2 || !strings.Contains(r.stderr, "binary") {
		t.Errorf("import of control bytes: exit %d, stderr %q", r.code, r.stderr)
	}
}
