package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportHistoryFlag: the change history is left out of a report unless
// --history asks for it, and --history is refused where it means nothing.
func TestExportHistoryFlag(t *testing.T) {
	db, _, _ := exportDB(t)
	plain := mustRun(t, db, "export", "--format", "md", "--lang", "de", "--out", "-")
	if strings.Contains(plain, "Verlauf") || strings.Contains(plain, "anna") {
		t.Errorf("report without --history shows the history:\n%s", plain)
	}
	full := mustRun(t, db, "export", "--format", "md", "--lang", "de", "--history", "--out", "-")
	if !strings.Contains(full, "#### Verlauf") || !strings.Contains(full, "anna") {
		t.Errorf("report with --history lacks the history:\n%s", full)
	}
	r := claimctl(t, db, "export", "--format", "csv", "--history", "--out", "-")
	if r.code != 2 || !strings.Contains(r.stderr, "--history applies to") {
		t.Errorf("--history with csv: exit %d, stderr %q", r.code, r.stderr)
	}
}

// TestExportPDFWarnsAboutGlyphs: a claim with an emoji and scripts the PDF
// font cannot draw is exported anyway, and stderr names the claim.
func TestExportPDFWarnsAboutGlyphs(t *testing.T) {
	db := newDB(t)
	id := mustID(t, db, "claim", "add", "--text", "Der Minister 😀 sagte 中文 und שלום.")
	ok := mustID(t, db, "claim", "add", "--text", "Die UN-Generalversammlung stimmte ab.")
	out := filepath.Join(t.TempDir(), "r.pdf")
	r := claimctl(t, db, "export", "--format", "pdf", "--out", out)
	if r.code != 0 {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	if !strings.Contains(r.stderr, "warning: claim "+id) || strings.Contains(r.stderr, ok) || strings.Count(r.stderr, "\n") != 1 {
		t.Errorf("stderr %q; want one warning naming claim %s", r.stderr, id)
	}
	if b, err := os.ReadFile(out); err != nil || !strings.HasPrefix(string(b), "%PDF-") {
		t.Errorf("no PDF written: %v", err)
	}
}

// TestExportEarlierChecksFlag: --earlier-checks adds the archive record a
// claim was linked to (verdict, archive, URL) to a report, in German and
// English; without it, or for unlinked claims, there is none; it is
// refused for formats that are not documents.
func TestExportEarlierChecksFlag(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	mustRun(t, db, "archive", "import", writeFile(t, dir, "checks.tsv", archiveTSV), "--name", "Checks")
	claim := mustID(t, db, "claim", "add", "--text", "Pompeo went to Tashkent in 2020 and spoke about forced labour.")
	var ms []struct {
		Target struct{ ID string } `json:"target"`
	}
	decode(t, mustRun(t, db, "match", "--all", "--format", "json", "--claim", claim), &ms)
	if len(ms) == 0 {
		t.Fatal("no match for the claim")
	}
	mustRun(t, db, "link", claim, ms[0].Target.ID)
	plain := mustRun(t, db, "export", "--format", "md", "--out", "-")
	if strings.Contains(plain, "Earlier checks") || strings.Contains(plain, "checks.example") {
		t.Errorf("report without --earlier-checks shows them:\n%s", plain)
	}
	for lang, heading := range map[string]string{"en": "#### Earlier checks of this claim", "de": "#### Frühere Prüfungen dieser Behauptung"} {
		out := mustRun(t, db, "export", "--format", "md", "--lang", lang, "--earlier-checks", "--out", "-")
		if !strings.Contains(out, heading) || !strings.Contains(out, "https://checks.example/1") || !strings.Contains(out, "Checks") {
			t.Errorf("%s report with --earlier-checks lacks the linked check:\n%s", lang, out)
		}
	}
	r := claimctl(t, db, "export", "--format", "json", "--earlier-checks", "--out", "-")
	if r.code != 2 || !strings.Contains(r.stderr, "--earlier-checks applies to") {
		t.Errorf("--earlier-checks with json: exit %d, stderr %q", r.code, r.stderr)
	}
}
