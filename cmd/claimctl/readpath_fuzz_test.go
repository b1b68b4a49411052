package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// readPaths are the commands that read a file a stranger may have made:
// an article (.txt, .md, .html) for import, a bundle for import-bundle, an
// archive of earlier fact-checks (ClaimReview JSON-LD or HTML, a table, a
// bundle; told apart by content) for archive import.
var readPaths = []struct{ ext, command string }{
	{".txt", "import"}, {".md", "import"}, {".html", "import"}, {".zip", "import-bundle"}, {".jsonld", "archive import"},
}

// readPathSeeds are invented files for each read path (by index into
// readPaths); FuzzReadPaths adds a bundle exported for real.
var readPathSeeds = []struct {
	path int
	data string
}{
	{0, testArticle},
	{0, "\xff\xfeD\x00e\x00r\x00 \x00R\x00a\x00t\x00"},
	{0, "\x00\x01\x02PK\x03\x04"},
	{0, "%PDF-1.7\nDer Rat tagte."},
	{1, "# Titel\n\nLaut [Quelle](javascript:alert(1)) sank die Zahl um 4 %.\n\n<script>x()</script>"},
	{1, "---\ntitle: \"\\u0000\"\n---\n"},
	{2, "<html><head><title>T</title><meta charset=\"utf-16\"></head><body><p>Der Rat tagte.</p></body></html>"},
	{2, "<p>&#0;&#xD800;&#1114112;</p><!--"},
	{3, "PK\x05\x06" + strings.Repeat("\x00", 18)},
	{3, "PK\x03\x04 not a zip"},
	{4, `[{"@type":"ClaimReview","claimReviewed":"Die Stadt spart 4 Mio. €.","url":"https://check.example/1","reviewRating":{"alternateName":"Falsch"}}]`},
	{4, "text\tverdict\turl\nDer Rat <b>tagte</b>.\tfalsch\tjavascript:alert(1)\n"},
	{4, `<html><script type="application/ld+json">{"@graph":[{"@type":"ClaimReview","claimReviewed":"x"}]}</script></html>`},
}

// wantOneLine fails unless r is what a read path may end with: success
// (one ID for import; at most a note on stderr), or exit status 2 with one
// line on stderr naming the command and nothing on stdout. An internal
// error (status 1), a second line or a stack trace is a failure.
func wantOneLine(t *testing.T, command string, r result, data []byte) {
	t.Helper()
	errLines := strings.Count(r.stderr, "\n")
	if strings.Contains(r.stderr, "goroutine ") || strings.Contains(r.stderr, "panic") {
		t.Fatalf("%s of %q: a stack trace: %s", command, clipped(string(data)), r.stderr)
	}
	switch r.code {
	case 0:
		if errLines > 1 || (errLines == 1 && !strings.Contains(r.stderr, "stored already") && !strings.Contains(r.stderr, "note:")) {
			t.Fatalf("%s of %q succeeded with stderr %q", command, clipped(string(data)), r.stderr)
		}
		if command == "import" && (len(r.stdout) != 37 || strings.Count(r.stdout, "\n") != 1) {
			t.Fatalf("import of %q printed %q, want one ID", clipped(string(data)), r.stdout)
		}
	case 2:
		if errLines != 1 || !strings.HasSuffix(r.stderr, "\n") || !strings.HasPrefix(r.stderr, "claimctl "+command+": ") || r.stdout != "" {
			t.Fatalf("%s of %q: exit 2 with stdout %q, stderr %q; want one line on stderr", command, clipped(string(data)), r.stdout, r.stderr)
		}
	default:
		t.Fatalf("%s of %q: exit %d, stderr %q; want 0 or 2", command, clipped(string(data)), r.code, r.stderr)
	}
}

// TestReadPathSeeds runs the checks of FuzzReadPaths on its seeds and on a
// bundle exported for real.
func TestReadPathSeeds(t *testing.T) {
	db := newDB(t)
	dir := t.TempDir()
	for _, s := range readPathSeeds {
		p := readPaths[s.path]
		f := writeFile(t, dir, "eingang"+p.ext, s.data)
		wantOneLine(t, p.command, claimctl(t, db, append(strings.Fields(p.command), f)...), []byte(s.data))
	}
	zip := exportedBundle(t, t.TempDir())
	for range 2 { // merged, then the same again
		wantOneLine(t, "import-bundle", claimctl(t, db, "import-bundle", writeFile(t, dir, "b.zip", string(zip))), zip)
	}
	wantOneLine(t, "archive import", claimctl(t, db, "archive", "import", writeFile(t, dir, "b.zip", string(zip))), zip)
}

// FuzzReadPaths gives claimctl import, import-bundle and archive import
// files from the fuzzer, on one database that grows as they are stored,
// and checks that each ends as wantOneLine says.
func FuzzReadPaths(f *testing.F) {
	for _, s := range readPathSeeds {
		f.Add(uint8(s.path), []byte(s.data))
	}
	dir := f.TempDir()
	db := filepath.Join(dir, "fuzz.db")
	zip := exportedBundle(f, dir)
	f.Add(uint8(3), zip)
	f.Add(uint8(4), zip)
	f.Fuzz(func(t *testing.T, path uint8, data []byte) {
		p := readPaths[int(path)%len(readPaths)]
		file := filepath.Join(t.TempDir(), "eingang"+p.ext)
		if err := os.WriteFile(file, data, 0o644); err != nil {
			t.Fatal(err)
		}
		wantOneLine(t, p.command, runCLI(db, append(strings.Fields(p.command), file)...), data)
	})
}

// runCLI runs one claimctl invocation in-process on the database db.
func runCLI(db string, args ...string) result {
	var out, errb bytes.Buffer
	code := run(context.Background(), append([]string{"--db", db}, args...), strings.NewReader(""), &out, &errb)
	return result{stdout: out.String(), stderr: errb.String(), code: code}
}

// exportedBundle returns a bundle of a database with one article and one
// claim, exported by claimctl.
func exportedBundle(f testing.TB, dir string) []byte {
	db := filepath.Join(dir, "quelle.db")
	art := filepath.Join(dir, "artikel.txt")
	zip := filepath.Join(dir, "quelle.zip")
	if err := os.WriteFile(art, []byte(testArticle), 0o644); err != nil {
		f.Fatal(err)
	}
	id := ""
	for _, args := range [][]string{{"import", art}, {"claim", "add", "--article", "", "--text", testClaim},
		{"export", "--format", "bundle", "--out", zip}} {
		if args[0] == "claim" {
			args[3] = id
		}
		r := runCLI(db, args...)
		if r.code != 0 {
			f.Fatalf("claimctl %s: %s", strings.Join(args, " "), r.stderr)
		}
		if id == "" {
			id = strings.TrimSpace(r.stdout)
		}
	}
	b, err := os.ReadFile(zip)
	if err != nil {
		f.Fatal(err)
	}
	return b
}
