package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// result is what one claimctl invocation produced.
type result struct {
	stdout, stderr string
	code           int
}

// claimctl runs one invocation in-process on the database db.
func claimctl(t *testing.T, db string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	all := append([]string{"--db", db}, args...)
	code := run(context.Background(), all, strings.NewReader(""), &out, &errb)
	return result{stdout: out.String(), stderr: errb.String(), code: code}
}

// mustRun runs claimctl and fails the test unless it exits 0.
func mustRun(t *testing.T, db string, args ...string) string {
	t.Helper()
	r := claimctl(t, db, args...)
	if r.code != 0 {
		t.Fatalf("claimctl %s: exit %d\nstderr: %s", strings.Join(args, " "), r.code, r.stderr)
	}
	return r.stdout
}

// mustID runs a command that prints one new ID and returns it.
func mustID(t *testing.T, db string, args ...string) string {
	t.Helper()
	out := strings.TrimSpace(mustRun(t, db, args...))
	if len(out) != 36 || strings.ContainsAny(out, " \n") {
		t.Fatalf("claimctl %s printed %q, want one ID", strings.Join(args, " "), out)
	}
	return out
}

// decode parses JSON output into v.
func decode(t *testing.T, out string, v any) {
	t.Helper()
	if err := json.Unmarshal([]byte(out), v); err != nil {
		t.Fatalf("output is not the expected JSON: %v\n%s", err, out)
	}
}

// writeFile writes a test file into dir and returns its path.
func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// newDB returns the path of a fresh database in a temporary directory.
func newDB(t *testing.T) string {
	t.Helper()
	return filepath.Join(t.TempDir(), "test.db")
}

// testArticle is a made-up German news text for the tests.
const testArticle = `Landtag streitet über Windkraft im Süden

HANNOVER – Der Landtag hat am Mittwoch über den Ausbau der Windkraft gestritten. Umweltministerin Petra Sonnenfeld sagte, im vergangenen Jahr seien 412 neue Windräder ans Netz gegangen.

Die Opposition hält dagegen: „Das ist die niedrigste Zahl seit zehn Jahren“, sagte Fraktionschef Bernd Kaltwasser. Nach Angaben des Branchenverbands wurden nur 287 Anlagen errichtet.

Über den Antrag wird im März abgestimmt.
`

// testClaim is quoted word for word from testArticle.
const testClaim = "im vergangenen Jahr seien 412 neue Windräder ans Netz gegangen"
