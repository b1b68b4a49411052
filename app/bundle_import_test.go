package app

import (
	"archive/zip"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/storage"

	"claimdesk/claims"
	"claimdesk/report"
	"claimdesk/storage/sqlite"
)

// writeTestBundle fills a second database with an article, a claim, a
// source with a snapshot and evidence, and writes it as a bundle file.
func writeTestBundle(t *testing.T) (path string, claimID string) {
	t.Helper()
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "a.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	svc := db.Services()
	ctx := claims.WithActor(context.Background(), "Ben Kollege")
	a := &claims.Article{Title: "Haushalt 2025", Body: "Der Haushalt wächst um 3 Prozent."}
	if err := svc.Articles.CreateArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	c := &claims.Claim{ArticleID: a.ID, Text: "Der Haushalt wächst um 3 Prozent.", Claimant: "Finanzministerium"}
	if err := svc.Claims.CreateClaim(ctx, c); err != nil {
		t.Fatal(err)
	}
	src := &claims.Source{URL: "https://example.org/haushalt", Title: "Haushaltsplan", Kind: claims.KindOfficial}
	if err := svc.Sources.CreateSource(ctx, src); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Sources.AttachSnapshot(ctx, src.ID, "plan.html", strings.NewReader("<p>3 %</p>")); err != nil {
		t.Fatal(err)
	}
	if err := svc.Evidence.CreateEvidence(ctx, &claims.Evidence{ClaimID: c.ID, SourceID: src.ID, Stance: claims.StanceSupports}); err != nil {
		t.Fatal(err)
	}
	return bundleFrom(t, svc), c.ID
}

// bundleFrom writes everything in svc as a bundle file and returns its path.
func bundleFrom(t *testing.T, svc claims.Services) string {
	t.Helper()
	ctx := context.Background()
	data, err := report.Collect(ctx, svc, report.Scope{})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "bundle.zip")
	out, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := report.WriteBundle(ctx, out, data, svc.Sources, nil); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestImportBundleUpdatesShownClaim(t *testing.T) {
	f := newShellFixture(t)
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "a.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	a := db.Services()
	ctx := claims.WithActor(context.Background(), "Ben Kollege")
	c := &claims.Claim{Text: "Die Mieten stiegen 2024 um 7 Prozent."}
	if err := a.Claims.CreateClaim(ctx, c); err != nil {
		t.Fatal(err)
	}
	f.importBundleFile(bundleFrom(t, a))
	f.do(func() { f.topDialogButton("OK").OnTapped() })
	f.do(func() { f.u.openClaim(c.ID) })
	e := f.s.claims.editor
	if e.text.Text != c.Text {
		t.Fatalf("editor shows %q", e.text.Text)
	}

	// the colleague corrects the claim; the newer version replaces the shown one
	time.Sleep(10 * time.Millisecond)
	newText := "Die Mieten stiegen 2024 um 6,8 Prozent."
	if _, err := a.Claims.UpdateClaim(ctx, c.ID, claims.ClaimUpdate{Text: &newText}); err != nil {
		t.Fatal(err)
	}
	b := f.importBundleFile(bundleFrom(t, a))
	if b.err != nil || b.result.Updated == 0 {
		t.Fatalf("second import = %+v, %v", b.result, b.err)
	}
	if e.text.Text != newText || e.dirty {
		t.Fatalf("editor shows %q after the merge (dirty %v)", e.text.Text, e.dirty)
	}
}

// importBundleFile imports the file at path as the file dialog would.
func (f *shellFixture) importBundleFile(path string) *bundleImport {
	f.t.Helper()
	r, err := storage.Reader(storage.NewFileURI(path))
	if err != nil {
		f.t.Fatal(err)
	}
	f.do(func() { f.s.importBundle(r) })
	return f.s.bundle
}

func TestImportBundle(t *testing.T) {
	f := newShellFixture(t)
	path, claimID := writeTestBundle(t)
	f.do(func() { f.s.show(viewClaims) })

	b := f.importBundleFile(path)
	if b.err != nil || b.result == nil {
		t.Fatalf("import: %v", b.err)
	}
	if b.result.Created == 0 || b.result.Snapshots != 1 {
		t.Fatalf("first import = %+v", *b.result)
	}
	top := f.win().Canvas().Overlays().Top()
	if top == nil || !strings.Contains(dialogText(top), "merged into this database") {
		t.Fatalf("no result dialog")
	}
	f.do(func() { f.topDialogButton("OK").OnTapped() })
	c, err := f.svc.Claims.FindClaimByID(f.u.ctx(), claimID)
	if err != nil || c.Claimant != "Finanzministerium" {
		t.Fatalf("imported claim = %+v, %v", c, err)
	}
	// the lists were refreshed
	if v := f.s.claims; v.total != 1 || len(v.pages[0]) != 1 || v.pages[0][0].ID != claimID {
		t.Fatalf("the claims list does not show the imported claim (total %d)", v.total)
	}

	// a second import changes nothing
	b = f.importBundleFile(path)
	if b.err != nil || b.result == nil {
		t.Fatalf("second import: %v", b.err)
	}
	if r := b.result; r.Created+r.Updated+r.Kept+r.Snapshots != 0 || r.Unchanged == 0 {
		t.Fatalf("second import = %+v", *r)
	}
	if !strings.Contains(dialogText(f.win().Canvas().Overlays().Top()), "Nothing changed") {
		t.Fatalf("second result dialog does not say nothing changed")
	}
	f.do(func() { f.topDialogButton("OK").OnTapped() })
	cs, total, _ := f.svc.Claims.FindClaims(f.u.ctx(), claims.ClaimFilter{})
	if total != 1 || len(cs) != 1 {
		t.Fatalf("claims after two imports = %d", total)
	}
}

func TestImportBundleRejected(t *testing.T) {
	f := newShellFixture(t)
	dir := t.TempDir()

	// not a zip at all
	bad := filepath.Join(dir, "broken.zip")
	if err := os.WriteFile(bad, []byte("this is not a zip file"), 0o600); err != nil {
		t.Fatal(err)
	}
	b := f.importBundleFile(bad)
	if claims.ErrorCode(b.err) != claims.EINVALID {
		t.Fatalf("broken zip: err = %v", b.err)
	}
	top := f.win().Canvas().Overlays().Top()
	if top == nil || !strings.Contains(dialogText(top), "The bundle could not be imported.") || !strings.Contains(dialogText(top), "Nothing was imported.") {
		t.Fatalf("no error dialog for a broken zip")
	}
	f.do(func() { f.topDialogButton("OK").OnTapped() })

	// an entry that escapes the target directory (zip slip)
	slip := filepath.Join(dir, "slip.zip")
	out, err := os.Create(slip)
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(out)
	w, _ := zw.Create("../../evil.txt")
	_, _ = w.Write([]byte("x"))
	_ = zw.Close()
	_ = out.Close()
	b = f.importBundleFile(slip)
	if claims.ErrorCode(b.err) != claims.EINVALID {
		t.Fatalf("zip slip: err = %v", b.err)
	}
	text := dialogText(f.win().Canvas().Overlays().Top())
	if !strings.Contains(text, "rejected") {
		t.Fatalf("error dialog does not give the reason:\n%s", text)
	}
	f.do(func() { f.topDialogButton("OK").OnTapped() })

	// nothing was imported
	_, n, _ := f.svc.Claims.FindClaims(f.u.ctx(), claims.ClaimFilter{})
	_, ns, _ := f.svc.Sources.FindSources(f.u.ctx(), claims.SourceFilter{})
	if n != 0 || ns != 0 {
		t.Fatalf("a rejected bundle left %d claims, %d sources", n, ns)
	}
}

// TestImportBundleConflict: a claim changed here and in the colleague's
// database stays as it is here; the notice lists it with a marker, and its
// history shows the colleague's version as a conflict and the colleague's
// events as imported.
func TestImportBundleConflict(t *testing.T) {
	f := newShellFixture(t)
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "a.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	a := db.Services()
	ben := claims.WithActor(context.Background(), "Ben Kollege")
	c := &claims.Claim{Text: "Die Mieten stiegen 2024 um 7 Prozent."}
	if err := a.Claims.CreateClaim(ben, c); err != nil {
		t.Fatal(err)
	}
	f.importBundleFile(bundleFrom(t, a))
	f.do(func() { f.topDialogButton("OK").OnTapped() })

	mine, theirs := "Hier geprüft: 6,8 Prozent.", "Bei Ben geprüft: 7,1 Prozent."
	if _, err := f.svc.Claims.UpdateClaim(f.u.ctx(), c.ID, claims.ClaimUpdate{Rationale: &mine}); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Claims.UpdateClaim(ben, c.ID, claims.ClaimUpdate{Rationale: &theirs}); err != nil {
		t.Fatal(err)
	}
	b := f.importBundleFile(bundleFrom(t, a))
	if b.err != nil || len(b.result.Conflicts) != 1 || b.result.Updated != 0 {
		t.Fatalf("import = %+v, %v; want one conflict", b.result, b.err)
	}
	text := dialogText(f.win().Canvas().Overlays().Top())
	if !strings.Contains(text, "⚠") || !strings.Contains(text, c.Text) || !strings.Contains(text, "backup") {
		t.Fatalf("the notice does not list the conflict and the backup:\n%s", text)
	}
	got, _ := f.svc.Claims.FindClaimByID(f.u.ctx(), c.ID)
	if got.Rationale != mine {
		t.Fatalf("rationale = %q, want this database's %q", got.Rationale, mine)
	}
	take := f.topDialogButton("Use the bundle's version")
	f.do(func() { take.OnTapped() })
	if got, _ = f.svc.Claims.FindClaimByID(f.u.ctx(), c.ID); got.Rationale != theirs || !take.Disabled() {
		t.Fatalf("after choosing the bundle's version: rationale %q (button disabled %v), want %q", got.Rationale, take.Disabled(), theirs)
	}
	f.do(func() { f.topDialogButton("OK").OnTapped() })
	f.do(func() { f.u.openClaim(c.ID) })
	e := f.s.claims.editor
	f.do(func() { e.tabs.SelectIndex(2) })
	h := e.history
	lines := strings.Join(h.lines(), "\n")
	if !strings.Contains(lines, "⚠") || !strings.Contains(lines, "merged") {
		t.Fatalf("history does not mark the conflict and keep this database's replaced version:\n%s", lines)
	}
	// the bundle's version was taken: its conflict entry no longer says "not taken"
	if strings.Contains(lines, "not taken") || !strings.Contains(lines, "the bundle's version, now the current one") {
		t.Errorf("history after taking the bundle's version:\n%s", lines)
	}
	imported := false
	for _, ev := range h.events {
		imported = imported || ev.Imported && strings.Contains(eventActor(ev), "Ben Kollege (imported")
	}
	if !imported {
		t.Fatalf("no event of the colleague marked imported: %+v", h.events)
	}
}

// TestSourceHistoryShowsConflict: a source changed here and in the
// colleague's database keeps this title; its History… dialog shows the
// colleague's title marked as a conflict.
func TestSourceHistoryShowsConflict(t *testing.T) {
	f := newShellFixture(t)
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "a.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	a := db.Services()
	ben := claims.WithActor(context.Background(), "Ben Kollege")
	src := &claims.Source{URL: "https://example.org/plan", Title: "Haushaltsplan", Kind: claims.KindOfficial}
	if err := a.Sources.CreateSource(ben, src); err != nil {
		t.Fatal(err)
	}
	c := &claims.Claim{Text: "Der Haushalt wächst um 3 Prozent."}
	if err := a.Claims.CreateClaim(ben, c); err != nil {
		t.Fatal(err)
	}
	if err := a.Evidence.CreateEvidence(ben, &claims.Evidence{ClaimID: c.ID, SourceID: src.ID, Stance: claims.StanceSupports}); err != nil {
		t.Fatal(err)
	}
	f.importBundleFile(bundleFrom(t, a))
	f.do(func() { f.topDialogButton("OK").OnTapped() })
	mine, theirs := "Haushaltsplan 2025 (Entwurf)", "Haushaltsplan 2025 (beschlossen)"
	if _, err := f.svc.Sources.UpdateSource(f.u.ctx(), src.ID, claims.SourceUpdate{Title: &mine}); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Sources.UpdateSource(ben, src.ID, claims.SourceUpdate{Title: &theirs}); err != nil {
		t.Fatal(err)
	}
	if b := f.importBundleFile(bundleFrom(t, a)); b.err != nil || len(b.result.Conflicts) != 1 {
		t.Fatalf("import = %+v, %v; want one conflict", b.result, b.err)
	}
	f.do(func() { f.topDialogButton("OK").OnTapped() })
	f.do(func() { f.s.show(viewSources) })
	f.do(func() { f.s.sources.open(src.ID) })
	f.do(func() { findButtonIn(f.win().Content(), "History…").OnTapped() })
	text := dialogText(f.win().Canvas().Overlays().Top())
	if !strings.Contains(text, "⚠") || !strings.Contains(text, theirs) {
		t.Fatalf("the source's history does not show the colleague's version as a conflict:\n%s", text)
	}
}
