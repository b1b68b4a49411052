package app

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"claimdesk/claims"
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
