package main

import (
	"strings"
	"testing"
)

// TestImportStdin: "claimctl import -" reads the article from standard
// input, as text, as HTML when it starts as a page does, or as --as says,
// with the title and language the flags give; the same text again is not
// stored twice, and mistakes end with one line and exit status 2.
func TestImportStdin(t *testing.T) {
	text := "Fähre fährt wieder\n\nDie Fähre über den See fährt seit Montag wieder, teilte die Reederei mit.\n"
	page := `<!DOCTYPE html><html lang="de"><head><title>Fähre fährt wieder</title></head>
<body><nav>Menü</nav><p>Die Fähre über den See fährt seit Montag wieder, teilte die Reederei mit.</p></body></html>`
	md := "# Neue **Brücke**\n\nDie Brücke wurde am Dienstag nach zwei Jahren Bauzeit eröffnet."
	tests := []struct {
		name, stdin     string
		args            []string
		title, language string
	}{
		{"Text", text, nil, "Fähre fährt wieder", "de"},
		{"HTMLByItsStart", page, nil, "Fähre fährt wieder", "de"},
		{"MarkdownByFlag", md, []string{"--as", "md"}, "Neue Brücke", "de"},
		{"TitleAndLanguage", text, []string{"--title", "Seefähre", "--lang", "en"}, "Seefähre", "en"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			db := newDB(t)
			args := append(append([]string{"--db", db, "import"}, tc.args...), "-")
			out, stderr, code := runIn(t, tc.stdin, args...)
			if code != 0 {
				t.Fatalf("import -: exit %d, stderr %q", code, stderr)
			}
			var rows []articleRow
			decode(t, mustRun(t, db, "articles", "--format", "json"), &rows)
			if len(rows) != 1 || rows[0].ID != strings.TrimSpace(out) {
				t.Fatalf("articles = %+v, want the one import - printed (%q)", rows, out)
			}
			if a := rows[0]; a.Title != tc.title || a.Language != tc.language {
				t.Errorf("got title %q language %q, want %q %q", a.Title, a.Language, tc.title, tc.language)
			}
			var shown struct{ Body string }
			decode(t, mustRun(t, db, "article", "show", rows[0].ID, "--format", "json"), &shown)
			if strings.ContainsAny(shown.Body, "<>*#") || strings.Contains(shown.Body, "Menü") {
				t.Errorf("stored body keeps markup: %q", shown.Body)
			}
		})
	}

	t.Run("SameTextAgain", func(t *testing.T) {
		db := newDB(t)
		first, _, _ := runIn(t, text, "--db", db, "import", "-")
		again, stderr, code := runIn(t, text, "--db", db, "import", "-")
		if code != 0 || again != first || !strings.Contains(stderr, "standard input: the same text is stored already") {
			t.Errorf("second import -: exit %d, stdout %q (first %q), stderr %q", code, again, first, stderr)
		}
	})

	for _, tc := range []struct {
		name, stdin string
		args        []string
		want        string
	}{
		{"Empty", " \n", []string{"-"}, "standard input is empty"},
		{"Binary", "\x00\x01\x02PK\x03\x04", []string{"-"}, "standard input looks like a binary file"},
		{"Twice", text, []string{"-", "-"}, "once only"},
		{"UnknownAs", text, []string{"--as", "pdf", "-"}, `unknown --as "pdf"`},
		{"AsWithoutStdin", text, []string{"--as", "md", "x.txt"}, "--as gives the format of standard input"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := newDB(t)
			_, stderr, code := runIn(t, tc.stdin, append([]string{"--db", db, "import"}, tc.args...)...)
			if code != 2 || !strings.Contains(stderr, tc.want) || strings.Count(stderr, "\n") != 1 {
				t.Errorf("exit %d, stderr %q; want 2 and one line with %q", code, stderr, tc.want)
			}
		})
	}
}
