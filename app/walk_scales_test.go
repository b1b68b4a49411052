package app

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"claimdesk/claims"
	"claimdesk/storage/sqlite"
)

// TestVerdictOfOtherScaleKeptOnSave is the checker who switched to the
// CORRECTIV-style scale and edits a claim rated False on the PolitiFact-style
// scale: both scales have a level labelled "False", so the verdict box
// offered two equal options. Fyne's Select finds its choice by text, so the
// editor read the first "False" (CORRECTIV's) and saving the rationale
// changed the verdict to another scale's without anyone choosing it.
func TestVerdictOfOtherScaleKeptOnSave(t *testing.T) {
	f := newShellFixture(t)
	c := f.addClaim("Der Strompreis hat sich seit 2020 verdreifacht.")
	ctx := context.Background()
	if _, err := f.svc.Claims.UpdateClaim(ctx, c.ID, claims.ClaimUpdate{RatingID: ptr("politifact:false")}); err != nil {
		t.Fatal(err)
	}
	if err := f.svc.Scales.SetActiveScale(ctx, claims.ScaleCorrectiv); err != nil {
		t.Fatal(err)
	}
	f.do(func() { f.u.reloadScales() })
	f.do(func() { f.u.openClaim(c.ID) })
	e := f.s.claims.editor
	if got := e.selectedRating(); got != "politifact:false" {
		t.Errorf("the verdict box shows %q for a claim rated politifact:false", got)
	}
	seen := map[string]bool{}
	for _, o := range e.verdict.Options {
		if seen[o] {
			t.Errorf("the verdict box offers %q twice: %q", o, e.verdict.Options)
		}
		seen[o] = true
	}
	f.do(func() {
		e.rationale.SetText("Laut Bundesnetzagentur stieg er um 40 Prozent.")
		test.Tap(e.save)
	})
	got, err := f.svc.Claims.FindClaimByID(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.RatingID != "politifact:false" || got.Rationale == "" {
		t.Errorf("after saving the rationale: verdict %q (was politifact:false), rationale %q", got.RatingID, got.Rationale)
	}
}

// switchScale makes another rating scale the active one, as Settings does;
// the verdict boxes are filled again, and a claim rated on another scale
// must keep its verdict (checkInvariants compares the editor with storage).
func (w *walker) switchScale() {
	all := w.f.u.scales.scales
	if len(all) == 0 {
		return
	}
	id := all[w.pick(len(all))].ID
	w.note("scale %s", id)
	w.do(func() { w.f.u.setActiveScale(id) })
}

// TestEvidenceHistoryGerman: in the German window a claim's history names
// an evidence link's excerpt and note in German ("Auszug", "Notiz"), not
// with the English words storage writes into the summary.
func TestEvidenceHistoryGerman(t *testing.T) {
	f := newGermanFixture(t)
	c := f.addClaim("Die Miete stieg 2024 um 9 Prozent.")
	ctx := context.Background()
	src := &claims.Source{URL: "https://example.org/mietspiegel", Title: "Mietspiegel 2024"}
	if err := f.svc.Sources.CreateSource(ctx, src); err != nil {
		t.Fatal(err)
	}
	ev := &claims.Evidence{ClaimID: c.ID, SourceID: src.ID, Stance: claims.StanceRefutes,
		Excerpt: "Anstieg um 4,1 Prozent", Note: "Tabelle 3"}
	if err := f.svc.Evidence.CreateEvidence(ctx, ev); err != nil {
		t.Fatal(err)
	}
	f.do(func() { f.u.openClaim(c.ID) })
	lines := strings.Join(f.s.claims.editor.history.lines(), "\n")
	for _, want := range []string{`Auszug: "Anstieg um 4,1 Prozent"`, `Notiz: "Tabelle 3"`, "widerlegt: Mietspiegel 2024"} {
		if !strings.Contains(lines, want) {
			t.Errorf("history lacks %q:\n%s", want, lines)
		}
	}
	for _, bad := range []string{"excerpt:", "note:", "[evidence"} {
		if strings.Contains(lines, bad) {
			t.Errorf("history holds %q:\n%s", bad, lines)
		}
	}
}

// TestScaleEditorSaysWhatIsWrong: the rating scale editor in the German
// window refuses a level without a label, a colour that is no #rrggbb and
// two levels with the same label, each in German and naming the level as
// the checker sees it (SaveScale's own message named the scale and the
// level by their English names, "PolitiFact-style (6 steps)", "Mostly
// true"); nothing is saved, and what was typed stays in the editor.
func TestScaleEditorSaysWhatIsWrong(t *testing.T) {
	f := newGermanFixture(t)
	var ed *scaleEditor
	f.do(func() {
		ed = newScaleEditor(f.u, f.u.scales.scale(claims.ScalePolitiFact))
		ed.show()
	})
	try := func(wants ...string) {
		t.Helper()
		save := f.topDialogButton("Speichern")
		f.do(func() { test.Tap(save) })
		msg := f.topText()
		for _, w := range wants {
			if !strings.Contains(msg, w) {
				t.Errorf("message lacks %q:\n%s", w, msg)
			}
		}
		for _, bad := range []string{"PolitiFact-style", "Mostly true", " ID "} {
			if strings.Contains(msg, bad) {
				t.Errorf("message holds %q:\n%s", bad, msg)
			}
		}
		if ok := f.topDialogButton("OK"); ok != nil {
			f.do(func() { test.Tap(ok) })
		}
	}
	f.do(func() {
		ed.en[0].SetText("")
		ed.de[0].SetText(" ")
	})
	try("Stufe 1 braucht eine Bezeichnung")
	f.do(func() {
		ed.de[0].SetText("Richtig")
		ed.colors[1].SetText("zz")
	})
	try(`„Größtenteils wahr“`, `nicht „zz“`)
	f.do(func() {
		ed.colors[1].SetText("#7cb342")
		ed.de[4].SetText("größtenteils falsch")
	})
	try("Stufen 4 und 5", `„größtenteils falsch“`)
	if ed.de[0].Text != "Richtig" || ed.de[4].Text != "größtenteils falsch" {
		t.Errorf("the editor lost what was typed: %q %q", ed.de[0].Text, ed.de[4].Text)
	}
	sc, err := f.svc.Scales.FindScaleByID(context.Background(), claims.ScalePolitiFact)
	if err != nil {
		t.Fatal(err)
	}
	if sc.Ratings[0].LabelDE != "Wahr" || sc.Ratings[4].LabelDE != "Falsch" {
		t.Errorf("a refused scale was saved: %q %q", sc.Ratings[0].LabelDE, sc.Ratings[4].LabelDE)
	}
}

// TestChangedPresetCopyNamedInGerman: a colleague's bundle with a changed
// preset scale (a German label renamed) arrives as a new scale. In the
// German window the import's notice and Settings name both scales in
// German, not by their IDs ("politifact", "politifact-1a2b3c4d") or the
// copy's English name ("PolitiFact-style (6 steps) (1a2b3c4d)").
func TestChangedPresetCopyNamedInGerman(t *testing.T) {
	f := newGermanFixture(t)
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "b.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	b := db.Services()
	ctx := claims.WithActor(context.Background(), "Ben Kollege")
	sc, err := b.Scales.FindScaleByID(ctx, claims.ScalePolitiFact)
	if err != nil {
		t.Fatal(err)
	}
	sc.Ratings[0].LabelDE = "Stimmt"
	if err := b.Scales.SaveScale(ctx, sc); err != nil {
		t.Fatal(err)
	}
	c := &claims.Claim{Text: "Die Miete stieg 2024 um 9 Prozent.", RatingID: "politifact:true"}
	if err := b.Claims.CreateClaim(ctx, c); err != nil {
		t.Fatal(err)
	}
	imp := f.importBundleFile(bundleFrom(t, b))
	if imp.err != nil || len(imp.result.ScaleCopies) != 1 {
		t.Fatalf("import: %v, %+v", imp.err, imp.result)
	}
	msg := f.topText()
	if !strings.Contains(msg, "Bewertungsskala „Wie PolitiFact (6 Stufen)“") || !strings.Contains(msg, "neue Skala „Wie PolitiFact (6 Stufen) (") {
		t.Errorf("the notice does not name the scales in German:\n%s", msg)
	}
	f.do(func() { test.Tap(f.topDialogButton("OK")) })
	var names []string
	for _, s := range f.u.scales.scales {
		names = append(names, scaleName(s))
	}
	all := strings.Join(names, "\n")
	if strings.Contains(all, "PolitiFact-style") || strings.Count(all, "Wie PolitiFact (6 Stufen)") != 2 {
		t.Errorf("Settings offers the scales:\n%s", all)
	}

	// The claim keeps the verdict the bundle gave it, on the copy: the
	// editor shows it and saving the rationale keeps it (the window had not
	// read the new scale, showed "Keine Bewertung" and saving cleared it).
	stored, err := f.svc.Claims.FindClaimByID(ctx, c.ID)
	if err != nil || stored.RatingID != imp.result.ScaleCopies[claims.ScalePolitiFact]+":true" {
		t.Fatalf("imported claim: %+v, %v", stored, err)
	}
	f.do(func() { f.u.openClaim(c.ID) })
	e := f.s.claims.editor
	if got := e.selectedRating(); got != stored.RatingID {
		t.Errorf("the editor shows verdict %q, stored %q", got, stored.RatingID)
	}
	f.do(func() {
		e.rationale.SetText("Laut Mietspiegel 4,1 Prozent.")
		test.Tap(e.save)
	})
	if after, _ := f.svc.Claims.FindClaimByID(ctx, c.ID); after == nil || after.RatingID != stored.RatingID || after.Rationale == "" {
		t.Errorf("after saving the rationale: %+v, verdict was %q", after, stored.RatingID)
	}
}

// TestVerdictOfUnreadScaleKept: a colleague on the same database makes a
// scale and rates a claim with it; this window has not read that scale.
// The editor shows the verdict by its ID rather than "No verdict", and
// saving the rationale keeps it (it was cleared).
func TestVerdictOfUnreadScaleKept(t *testing.T) {
	f := newShellFixture(t)
	ctx := claims.WithActor(context.Background(), "ben")
	sc := &claims.RatingScale{ID: "haus", Name: "Hausskala", Ratings: []claims.Rating{
		{ID: "haus:ok", ScaleID: "haus", LabelEN: "Holds", Color: "#2e7d32", Ordinal: 2},
		{ID: "haus:nein", ScaleID: "haus", LabelEN: "Does not hold", Color: "#c62828", Ordinal: 1},
	}}
	if err := f.svc.Scales.SaveScale(ctx, sc); err != nil {
		t.Fatal(err)
	}
	c := &claims.Claim{Text: "Die Brücke kostete 12 Millionen Euro.", RatingID: "haus:nein"}
	if err := f.svc.Claims.CreateClaim(ctx, c); err != nil {
		t.Fatal(err)
	}
	if label, _ := verdictChip(c, f.u.scales); label == "No verdict" {
		t.Errorf("the claims list shows %q for a claim rated haus:nein", label)
	}
	f.do(func() { f.u.openClaim(c.ID) })
	e := f.s.claims.editor
	if got := e.selectedRating(); got != "haus:nein" {
		t.Errorf("the editor shows verdict %q for a claim rated haus:nein", got)
	}
	f.do(func() {
		e.rationale.SetText("Laut Bauamt 14 Millionen Euro.")
		test.Tap(e.save)
	})
	if got, _ := f.svc.Claims.FindClaimByID(ctx, c.ID); got == nil || got.RatingID != "haus:nein" || got.Rationale == "" {
		t.Errorf("after saving the rationale: verdict %q, rationale %q", got.RatingID, got.Rationale)
	}
}

// TestAnchorHistoryGerman: when a claim's article is deleted, the claim's
// history in the German window says where the claim stood and that the
// article was deleted, in German; it showed the stored anchor as JSON
// ({"start":…,"exact":…}) and "article deleted" in English.
func TestAnchorHistoryGerman(t *testing.T) {
	f := newGermanFixture(t)
	ctx := context.Background()
	body := "Der Stadtrat tagte am Montag. Die Brücke kostete 12 Millionen Euro, sagte der Bürgermeister."
	a := &claims.Article{Title: "Brücke", Body: body, Language: "de"}
	if err := f.svc.Articles.CreateArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	exact := "Die Brücke kostete 12 Millionen Euro"
	start := strings.Index(body, exact)
	c := &claims.Claim{ArticleID: a.ID, Text: exact + ".", Anchor: &claims.Anchor{Start: start, End: start + len(exact), Exact: exact}}
	if err := f.svc.Claims.CreateClaim(ctx, c); err != nil {
		t.Fatal(err)
	}
	if err := f.svc.Articles.DeleteArticle(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	f.do(func() { f.u.changed() })
	f.do(func() { f.u.openClaim(c.ID) })
	lines := strings.Join(f.s.claims.editor.history.lines(), "\n")
	want := "Stelle im Artikel: „Die Brücke kostete 12 Millionen Euro“ → Artikel gelöscht"
	if !strings.Contains(lines, want) {
		t.Errorf("history lacks %q:\n%s", want, lines)
	}
	for _, bad := range []string{"{", "article deleted"} {
		if strings.Contains(lines, bad) {
			t.Errorf("history holds %q:\n%s", bad, lines)
		}
	}
}

// TestRecordConflictTakenSaysSo: in the History… dialog of a source (or an
// article), a conflict version that is now the record's own is no longer
// called "not taken".
func TestRecordConflictTakenSaysSo(t *testing.T) {
	newShellFixture(t)
	src := &claims.Source{ID: "s1", URL: "https://example.org/plan", Title: "Haushaltsplan 2025 (beschlossen)", Kind: claims.KindOfficial}
	b, err := json.Marshal(src)
	if err != nil {
		t.Fatal(err)
	}
	got := recordEventText(&claims.Event{Field: claims.FieldConflict, Old: string(b)}, src)
	if strings.Contains(got, "not taken") || !strings.Contains(got, "now the current one") {
		t.Errorf("a taken conflict version reads %q", got)
	}
	other := *src
	other.Title = "Haushaltsplan 2025 (Entwurf)"
	if got := recordEventText(&claims.Event{Field: claims.FieldConflict, Old: string(b)}, &other); !strings.Contains(got, "not taken") {
		t.Errorf("a conflict version not taken reads %q", got)
	}
}
