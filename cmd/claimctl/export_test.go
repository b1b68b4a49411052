package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	rpt "claimdesk/report"
)

// exportDB makes a database with one article, two claims (one rated and
// published, with evidence and a snapshot) and returns its path, the
// article ID and the rated claim's ID.
func exportDB(t *testing.T) (db, articleID, claimID string) {
	t.Helper()
	db = newDB(t)
	dir := t.TempDir()
	articleID = mustID(t, db, "import", writeFile(t, dir, "a.txt", testArticle), "--publisher", "Nordkurier Test", "--url", "https://nordkurier.example/windkraft")
	claimID = mustID(t, db, "--actor", "anna", "claim", "add", "--article", articleID, "--claimant", "Petra Sonnenfeld", "--text", testClaim, "--tag", "energie")
	mustRun(t, db, "claim", "set", claimID, "--verdict", "mostly false", "--status", "published",
		"--rationale", "Der Verband zählt 287 Anlagen; „412“ stimmt nicht.")
	mustRun(t, db, "claim", "add", "--text", "=1+1 <script>alert(1)</script>", "--claimant", "@troll")
	snap := writeFile(t, dir, "verband.html", "<html><body><p>Zubau 2025: 287 Anlagen</p></body></html>")
	sourceID := mustID(t, db, "source", "add", "--url", "https://verband.example/zubau-2025", "--title", "Zubau-Statistik 2025", "--snapshot", snap)
	mustRun(t, db, "evidence", "add", "--claim", claimID, "--source", sourceID, "--stance", "refutes", "--excerpt", "287 Anlagen")
	return db, articleID, claimID
}

func TestExportFormats(t *testing.T) {
	db, articleID, _ := exportDB(t)
	dir := t.TempDir()
	tests := []struct {
		name  string
		args  []string
		check func(t *testing.T, out []byte)
	}{
		{"HTML", []string{"--format", "html", "--lang", "de"}, func(t *testing.T, out []byte) {
			s := string(out)
			if !strings.Contains(s, "Größtenteils falsch") || !strings.Contains(s, "&lt;script&gt;") || strings.Contains(s, "<script>") {
				t.Errorf("HTML lacks the German verdict or shows live markup")
			}
		}},
		{"PDF", []string{"--format", "pdf", "--article", articleID}, func(t *testing.T, out []byte) {
			if !bytes.HasPrefix(out, []byte("%PDF-")) {
				t.Errorf("not a PDF: %q", out[:min(len(out), 10)])
			}
		}},
		{"Markdown", []string{"--format", "md", "--status", "published"}, func(t *testing.T, out []byte) {
			if !strings.Contains(string(out), "Mostly false") || strings.Contains(string(out), "@troll") {
				t.Errorf("Markdown of published claims:\n%s", out)
			}
		}},
		{"CSV", []string{"--format", "csv", "--evidence"}, func(t *testing.T, out []byte) {
			rows, err := csv.NewReader(bytes.NewReader(out)).ReadAll()
			if err != nil || len(rows) != 3 {
				t.Fatalf("CSV: %d rows, %v; want header and two", len(rows), err)
			}
			if !strings.Contains(string(out), "'=1+1") || !strings.Contains(string(out), "'@troll") {
				t.Errorf("formula cells are not neutralised:\n%s", out)
			}
		}},
		{"JSON", []string{"--format", "json", "--verdict", "none"}, func(t *testing.T, out []byte) {
			var doc rpt.Document
			if err := json.Unmarshal(out, &doc); err != nil || len(doc.Claims) != 1 || doc.Scope.Verdict != "none" {
				t.Errorf("JSON: %v, %d claims, scope %+v", err, len(doc.Claims), doc.Scope)
			}
		}},
		{"ClaimReview", []string{"--format", "claimreview", "--org", "Faktenfuchs", "--review-url", "https://ff.example/{id}"}, func(t *testing.T, out []byte) {
			var reviews []map[string]any
			if err := json.Unmarshal(out, &reviews); err != nil || len(reviews) != 1 {
				t.Errorf("ClaimReview: %v, %d reviews", err, len(reviews))
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, tc.name)
			out := mustRun(t, db, append([]string{"export", "--out", path}, tc.args...)...)
			if !strings.HasPrefix(out, "Wrote ") {
				t.Errorf("stdout %q", out)
			}
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			tc.check(t, b)
		})
	}
	// Standard output.
	if out := mustRun(t, db, "export", "--format", "md", "--out", "-"); !strings.HasPrefix(out, "# Fact-check report") {
		t.Errorf("export --out - printed %q", out[:min(len(out), 40)])
	}
}

func TestExportBadInput(t *testing.T) {
	db, _, _ := exportDB(t)
	out := filepath.Join(t.TempDir(), "r.html")
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"NoOut", []string{"export"}, "--out is required"},
		{"BadFormat", []string{"export", "--format", "docx", "--out", out}, `unknown --format "docx"`},
		{"BadLang", []string{"export", "--lang", "fr", "--out", out}, `unknown --lang "fr"`},
		{"EvidenceNotCSV", []string{"export", "--evidence", "--out", out}, "--evidence applies to --format csv only"},
		{"ClaimReviewNoOrg", []string{"export", "--format", "claimreview", "--out", out}, "needs --org"},
		{"BadStatus", []string{"export", "--status", "fertig", "--out", out}, `unknown status "fertig"`},
		{"BadVerdict", []string{"export", "--verdict", "naja", "--out", out}, `unknown verdict "naja"`},
		{"UnknownArticle", []string{"export", "--article", "01a00000-0000-7000-8000-000000000000", "--out", out}, "claimctl export:"},
		{"NoFolder", []string{"export", "--out", filepath.Join(out, "missing", "r.html")}, "Cannot write"},
		{"ImportNoFile", []string{"import-bundle"}, "missing bundle file"},
		{"ImportMissingFile", []string{"import-bundle", "weg.zip"}, "weg.zip was not found"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := claimctl(t, db, tc.args...)
			if r.code != 2 || !strings.Contains(r.stderr, tc.want) || strings.Count(r.stderr, "\n") != 1 {
				t.Fatalf("exit %d, stderr %q; want 2 and one line with %q", r.code, r.stderr, tc.want)
			}
		})
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("a failed export left %s behind", out)
	}
}

// TestExportCancelledLeavesNoFile cancels before the export starts: the
// command fails and neither the file nor a temporary file remains.
func TestExportCancelledLeavesNoFile(t *testing.T) {
	db, _, _ := exportDB(t)
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var stdout, stderr bytes.Buffer
	code := run(ctx, []string{"--db", db, "export", "--format", "pdf", "--out", filepath.Join(dir, "r.pdf")}, strings.NewReader(""), &stdout, &stderr)
	if code == 0 {
		t.Fatal("a cancelled export succeeded")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("files left behind: %v", entries)
	}
}

// A ClaimReview export counts the reviews it wrote, not the claims it read,
// and says how many claims it left out for want of a verdict.
func TestExportClaimReviewCount(t *testing.T) {
	db, _, _ := exportDB(t)
	out := mustRun(t, db, "export", "--format", "claimreview", "--org", "Faktenfuchs",
		"--review-url", "https://ff.example/{id}", "--out", filepath.Join(t.TempDir(), "cr.json"))
	if !strings.HasPrefix(out, "Wrote 1 ClaimReview to ") || !strings.Contains(out, "; 1 claim without a verdict left out.") {
		t.Errorf("stdout %q", out)
	}
}

// A ClaimReview file holding the verdict of a claim not published yet
// says so on stderr; with --status published it holds none and says
// nothing.
func TestExportClaimReviewUnpublished(t *testing.T) {
	db, _, _ := exportDB(t)
	draft := mustID(t, db, "claim", "add", "--text", "Die Zahl der Windräder stieg um 500.")
	mustRun(t, db, "claim", "set", draft, "--status", "in_review", "--verdict", "false")
	args := []string{"export", "--format", "claimreview", "--org", "Faktenfuchs", "--review-url", "https://ff.example/{id}", "--out", filepath.Join(t.TempDir(), "cr.json")}
	r := claimctl(t, db, args...)
	if r.code != 0 || !strings.Contains(r.stdout, "Wrote 2 ClaimReviews") || !strings.Contains(r.stderr, "warning: 1 claim with a verdict but not published yet") {
		t.Errorf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	r = claimctl(t, db, append(args, "--status", "published")...)
	if r.code != 0 || !strings.Contains(r.stdout, "Wrote 1 ClaimReview ") || r.stderr != "" {
		t.Errorf("--status published: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
}
