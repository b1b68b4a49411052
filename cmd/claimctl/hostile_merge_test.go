package main

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"claimdesk/claims"
	"claimdesk/storage/sqlite"
)

// The merge rows of the hostile-input table (issue 10, "Merging a bundle
// loses or forges history"; the rules are docs/exchange.md). Anna's
// database sends, the checker's (x.mine) receives; every step is a real
// claimctl command except Anna's edits, which the command line cannot make.

// laterBody is the env's article as Anna corrects it: its last sentence
// replaced.
var laterBody = strings.Replace(testArticle, "Über den Antrag wird im März abgestimmt.", "Die Abstimmung wurde vertagt.", 1)

func mergeNewerArticleBody(t *testing.T, h *hostileEnv) {
	x := newExchange(t, h)
	x.receive(t, x.send(t, "b1.zip"))
	x.annaEdits(t, func(ctx context.Context, svc *claims.Services) error {
		_, err := svc.Articles.UpdateArticle(ctx, h.article, claims.ArticleUpdate{Body: &laterBody})
		return err
	})
	if res := x.receive(t, x.send(t, "b2.zip")); res.Updated == 0 || len(res.Conflicts) != 0 {
		t.Fatalf("result %+v, want the article updated without conflict", res)
	}
	var a struct{ Body string }
	decode(t, mustRun(t, x.mine, "article", "show", h.article, "--format", "json"), &a)
	if a.Body != laterBody {
		t.Fatalf("body %q, want Anna's newer one", clipped(a.Body))
	}
	wantKept(t, x.mine, h.article, claims.FieldMerged, "im März abgestimmt")
}

func mergeNewerSource(t *testing.T, h *hostileEnv) {
	x := newExchange(t, h)
	x.receive(t, x.send(t, "b1.zip"))
	x.annaEdits(t, func(ctx context.Context, svc *claims.Services) error {
		_, err := svc.Sources.UpdateSource(ctx, x.source, claims.SourceUpdate{
			URL: ptr("https://verband.example/zubau-2025-v2"), Title: ptr("Zubau-Statistik 2025, korrigiert")})
		return err
	})
	if res := x.receive(t, x.send(t, "b2.zip")); res.Updated != 1 || len(res.Conflicts) != 0 {
		t.Fatalf("result %+v, want the source updated without conflict", res)
	}
	var srcs []struct{ URL, Title string }
	decode(t, mustRun(t, x.mine, "sources", "--format", "json"), &srcs)
	if len(srcs) != 1 || srcs[0].Title != "Zubau-Statistik 2025, korrigiert" || !strings.HasSuffix(srcs[0].URL, "-v2") {
		t.Fatalf("sources %+v, want Anna's newer one", srcs)
	}
	wantKept(t, x.mine, x.source, claims.FieldMerged, `"url":"https://verband.example/zubau-2025"`, `"title":"Zubau-Statistik 2025"`)
}

func mergeEvidenceStance(t *testing.T, h *hostileEnv) {
	x := newExchange(t, h)
	x.receive(t, x.send(t, "b1.zip"))
	x.annaEdits(t, func(ctx context.Context, svc *claims.Services) error {
		_, err := svc.Evidence.UpdateEvidence(ctx, x.evidence, claims.EvidenceUpdate{Stance: ptr(claims.StanceSupports)})
		return err
	})
	x.receive(t, x.send(t, "b2.zip"))
	var c struct{ Evidence []struct{ ID, Stance string } }
	decode(t, mustRun(t, x.mine, "claim", "show", x.claim, "--format", "json"), &c)
	if len(c.Evidence) != 1 || c.Evidence[0].Stance != "supports" {
		t.Fatalf("evidence %+v, want Anna's supports", c.Evidence)
	}
	wantKept(t, x.mine, x.claim, claims.FieldMerged, `"id":"`+x.evidence, `"stance":"refutes"`)
}

func mergeOlderBundleKept(t *testing.T, h *hostileEnv) {
	x := newExchange(t, h)
	older := x.send(t, "b1.zip")
	x.annaEdits(t, func(ctx context.Context, svc *claims.Services) error {
		_, err := svc.Sources.UpdateSource(ctx, x.source, claims.SourceUpdate{Title: ptr("Zubau-Statistik 2025, korrigiert")})
		return err
	})
	x.receive(t, x.send(t, "b2.zip"))
	out := mustRun(t, x.mine, "import-bundle", older)
	if !strings.Contains(out, "kept       1 ") || !strings.Contains(out, "conflicts  0 ") {
		t.Fatalf("importing the older bundle:\n%s", out)
	}
	var srcs []struct{ Title string }
	decode(t, mustRun(t, x.mine, "sources", "--format", "json"), &srcs)
	if len(srcs) != 1 || srcs[0].Title != "Zubau-Statistik 2025, korrigiert" {
		t.Fatalf("sources %+v, want the newer title kept", srcs)
	}
	wantKept(t, x.mine, x.source, claims.FieldMerged, `"title":"Zubau-Statistik 2025"`)
	if res := x.receive(t, older); res.changed() {
		t.Errorf("the older bundle again: %+v, want nothing changed", res)
	}
}

// forgedEvent is a history event by mallory setting a claim's verdict.
func forgedEvent(recordID string, kind claims.RecordKind) *claims.Event {
	return &claims.Event{ID: "0190aaaa-0000-7000-8000-0000000000ee", ClaimID: recordID, Kind: kind,
		At: time.Now().Add(-time.Hour), Actor: "mallory", Field: claims.FieldRating, New: "politifact:true"}
}

func mergeEventsOnlyForCarried(t *testing.T, h *hostileEnv) {
	x := newExchange(t, h)
	local := mustID(t, x.mine, "--actor", "ben", "claim", "add", "--text", "Nur hier erfasst: Die Brücke ist marode.")
	forged := forge(t, h, x.send(t, "b1.zip"), "gefaelscht.zip", func(ds *claims.Dataset) {
		ds.Events = append(ds.Events, forgedEvent(local, ""))
	})
	wantRefused(t, claimctl(t, x.mine, "import-bundle", forged), local, "not in the bundle")
	if evs := historyOf(t, x.mine, local); len(evs) != 1 || evs[0].Actor != "ben" {
		t.Fatalf("history of the local claim %+v, want only ben's creation", evs)
	}
	wantNoMerge(t, x)
	// Anna's own events arrive with her name, marked as imported.
	x.receive(t, x.send(t, "b1.zip"))
	if out := mustRun(t, x.mine, "history", x.claim); !strings.Contains(out, "anna (imported)  created") {
		t.Errorf("history of Anna's claim:\n%s", out)
	}
}

func mergeEventsUnknownRefused(t *testing.T, h *hostileEnv) {
	x := newExchange(t, h)
	b1 := x.send(t, "b1.zip")
	const nobody = "0190aaaa-0000-7000-8000-00000000dead"
	for _, kind := range []claims.RecordKind{"", claims.RecordArticle, claims.RecordSource} {
		forged := forge(t, h, b1, "gefaelscht.zip", func(ds *claims.Dataset) {
			ds.Events = append(ds.Events, forgedEvent(nobody, kind))
		})
		wantRefused(t, claimctl(t, x.mine, "import-bundle", forged), nobody, "not in the bundle")
	}
	wantNoMerge(t, x)
}

// wantNoMerge fails when the checker's database holds a record from Anna
// or a backup was taken for a merge.
func wantNoMerge(t *testing.T, x *exchange) {
	t.Helper()
	if out := mustRun(t, x.mine, "claims", "--format", "json"); strings.Contains(out, x.claim) {
		t.Errorf("a refused bundle was merged: %s", clipped(out))
	}
	if bs, _ := filepath.Glob(filepath.Join(sqlite.BackupDir(x.mine), "meine-*.db")); len(bs) != 0 {
		t.Errorf("backups %v taken for a refused bundle", bs)
	}
}

func mergePresetScaleCopied(t *testing.T, h *hostileEnv) {
	x := newExchange(t, h)
	mine := mustID(t, x.mine, "claim", "add", "--text", "Die Brücke ist marode.")
	mustRun(t, x.mine, "claim", "set", mine, "--verdict", "true")
	mustRun(t, h.db, "claim", "set", x.claim, "--verdict", "true")
	var swapped string
	forged := forge(t, h, x.send(t, "b1.zip"), "vertauscht.zip", func(ds *claims.Dataset) { swapped = swapPolitiFact(t, ds) })
	out := mustRun(t, x.mine, "import-bundle", forged)
	if !strings.Contains(out, `changed the preset scale "politifact"; it was added as the new scale "politifact-`) {
		t.Fatalf("import:\n%s", out)
	}
	if r, l := verdict(t, x.mine, mine); r != "politifact:true" || l != "True" {
		t.Errorf("the local verdict now reads %s %q, want politifact:true \"True\"", r, l)
	}
	if r, l := verdict(t, x.mine, x.claim); !strings.HasPrefix(r, "politifact-") || l != swapped {
		t.Errorf("Anna's claim has %s %q, want the copy's rating labelled %q as she sent it", r, l, swapped)
	}
	if res := x.receive(t, forged); res.changed() {
		t.Errorf("the same bundle again: %+v, want nothing changed", res)
	}
}

// mergePresetSharedVerdict: a claim both databases agreed on, sent again
// unchanged with the preset's labels swapped, keeps its verdict here (it
// read "Pants on fire" through the copy before the fix).
func mergePresetSharedVerdict(t *testing.T, h *hostileEnv) {
	x := newExchange(t, h)
	mustRun(t, h.db, "claim", "set", x.claim, "--verdict", "true")
	b1 := x.send(t, "b1.zip")
	x.receive(t, b1)
	res := x.receive(t, forge(t, h, b1, "vertauscht.zip", func(ds *claims.Dataset) { swapPolitiFact(t, ds) }))
	if res.Updated != 0 || len(res.Conflicts) != 0 || res.ScaleCopies["politifact"] == "" {
		t.Errorf("result %+v, want the preset copied and no claim changed", res)
	}
	if r, l := verdict(t, x.mine, x.claim); r != "politifact:true" || l != "True" {
		t.Errorf("the shared verdict now reads %s %q, want politifact:true \"True\"", r, l)
	}
}

// swapPolitiFact swaps the labels of the first and last rating of the
// PolitiFact preset in ds and returns the first rating's new label.
func swapPolitiFact(t *testing.T, ds *claims.Dataset) string {
	for _, s := range ds.Scales {
		if s.ID == claims.ScalePolitiFact {
			first, last := &s.Ratings[0], &s.Ratings[len(s.Ratings)-1]
			first.LabelEN, last.LabelEN = last.LabelEN, first.LabelEN
			first.LabelDE, last.LabelDE = last.LabelDE, first.LabelDE
			return first.LabelEN
		}
	}
	t.Fatal("the bundle carries no PolitiFact scale")
	return ""
}

// verdict returns the rating ID and label of claim id as claim show prints
// them.
func verdict(t *testing.T, db, id string) (rating, label string) {
	t.Helper()
	var c struct {
		RatingID     string `json:"rating_id"`
		VerdictLabel string `json:"verdict_label"`
	}
	decode(t, mustRun(t, db, "claim", "show", id, "--format", "json"), &c)
	return c.RatingID, c.VerdictLabel
}

func mergeFutureRefused(t *testing.T, h *hostileEnv) {
	x := newExchange(t, h)
	b1 := x.send(t, "b1.zip")
	far := time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)
	// Each forgery dates one record or event and returns its ID.
	for _, date := range []func(ds *claims.Dataset) string{
		func(ds *claims.Dataset) string { ds.Claims[0].UpdatedAt = far; return ds.Claims[0].ID },
		func(ds *claims.Dataset) string { ds.Sources[0].UpdatedAt = far; return ds.Sources[0].ID },
		func(ds *claims.Dataset) string { ds.Events[0].At = far; return ds.Events[0].ID },
	} {
		var id string
		forged := forge(t, h, b1, "zukunft.zip", func(ds *claims.Dataset) { id = date(ds) })
		wantRefused(t, claimctl(t, x.mine, "import-bundle", forged), id, "9999-12-31")
	}
	wantNoMerge(t, x)
	x.receive(t, b1)
	mustRun(t, x.mine, "claim", "set", x.claim, "--rationale", "Später hier geprüft.")
	before := len(historyOf(t, x.mine, x.claim))
	if res := x.receive(t, b1); res.changed() {
		t.Errorf("the same bundle again after a local edit: %+v, want nothing changed", res)
	}
	var c struct{ Rationale string }
	decode(t, mustRun(t, x.mine, "claim", "show", x.claim, "--format", "json"), &c)
	if after := len(historyOf(t, x.mine, x.claim)); c.Rationale != "Später hier geprüft." || after != before {
		t.Errorf("re-import changed the claim: rationale %q, %d history events before, %d after", c.Rationale, before, after)
	}
}

func mergeBackupFirst(t *testing.T, h *hostileEnv) {
	x := newExchange(t, h)
	x.receive(t, x.send(t, "b1.zip"))
	x.annaEdits(t, func(ctx context.Context, svc *claims.Services) error {
		_, err := svc.Articles.UpdateArticle(ctx, h.article, claims.ArticleUpdate{Body: &laterBody})
		return err
	})
	b2 := x.send(t, "b2.zip")
	out := mustRun(t, x.mine, "import-bundle", b2)
	_, backup, ok := strings.Cut(out, "Backup taken before the merge: ")
	backup = strings.TrimSpace(backup)
	if !ok || filepath.Dir(backup) != sqlite.BackupDir(x.mine) {
		t.Fatalf("import names no backup beside the database:\n%s", out)
	}
	copyOf := writeFile(t, h.dir, "aus-dem-backup.db", string(mustRead(t, backup)))
	var a struct{ Body string }
	decode(t, mustRun(t, copyOf, "article", "show", h.article, "--format", "json"), &a)
	if a.Body == laterBody || !strings.Contains(a.Body, "im März abgestimmt") {
		t.Errorf("the backup does not hold the article as it was before the merge: %q", clipped(a.Body))
	}
	backups, _ := filepath.Glob(filepath.Join(sqlite.BackupDir(x.mine), "meine-*.db"))
	if out := mustRun(t, x.mine, "import-bundle", b2); !strings.Contains(out, "Nothing was written, so no backup was needed.") {
		t.Errorf("the same bundle again:\n%s", out)
	}
	if again, _ := filepath.Glob(filepath.Join(sqlite.BackupDir(x.mine), "meine-*.db")); len(again) != len(backups) {
		t.Errorf("an import that changed nothing took a backup: %v", again)
	}
}

func bundleZeroBomb(t *testing.T, h *hostileEnv) {
	bomb := zeroBomb(t, h, "bombe.zip", 1100, 1<<20)
	if st, _ := os.Stat(bomb); st.Size() > 4<<20 {
		t.Fatalf("the test's bomb has %d bytes on disk", st.Size())
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	r := claimctl(t, h.path("meine.db"), "import-bundle", bomb)
	runtime.ReadMemStats(&after)
	wantRefused(t, r, "bundle was rejected", "a bundle may hold at most 1 GiB")
	// Before the fix it decompressed 2.5 GB; counting while reading alone
	// would still have read the 1 GiB limit.
	if got := after.TotalAlloc - before.TotalAlloc; got > 256<<20 {
		t.Errorf("the refusal allocated %d MiB: it decompressed the entries", got>>20)
	}
}

func ptr[T any](v T) *T { return &v }

func mustRead(t *testing.T, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
