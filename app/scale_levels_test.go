package app

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"claimdesk/claims"
)

// houseScale stores a scale of the newsroom's own, best first, as a
// colleague would have made it, and reads the scales again.
func houseScale(t *testing.T, f *shellFixture) *claims.RatingScale {
	t.Helper()
	sc := &claims.RatingScale{ID: "haus", Name: "Hausskala", Ratings: []claims.Rating{
		{ID: "haus:ok", ScaleID: "haus", LabelEN: "Holds", LabelDE: "Stimmt", Color: "#2e7d32", Ordinal: 3, Final: true},
		{ID: "haus:kontext", ScaleID: "haus", LabelEN: "Missing context", LabelDE: "Fehlender Kontext", Color: "#fbc02d", Ordinal: 2, Final: true},
		{ID: "haus:nein", ScaleID: "haus", LabelEN: "Wrong", LabelDE: "Falsch", Color: "#c62828", Ordinal: 1, Final: true},
	}}
	if err := f.svc.Scales.SaveScale(context.Background(), sc); err != nil {
		t.Fatal(err)
	}
	f.do(f.u.reloadScales)
	return f.u.scales.scale("haus")
}

// TestRemoveUsedLevelRefusedEnglish: in the English window removing a
// level that two claims have as their verdict is refused at once, saying
// how many; the last level cannot be removed either; nothing is saved and
// no verdict changes.
func TestRemoveUsedLevelRefusedEnglish(t *testing.T) {
	f := newShellFixture(t)
	sc := houseScale(t, f)
	ctx := context.Background()
	for _, text := range []string{"Die Brücke kostete 12 Millionen Euro.", "Der Tunnel kostete 3 Millionen Euro."} {
		if err := f.svc.Claims.CreateClaim(ctx, &claims.Claim{Text: text, RatingID: "haus:nein"}); err != nil {
			t.Fatal(err)
		}
	}
	var ed *scaleEditor
	f.do(func() {
		ed = newScaleEditor(f.u, sc)
		ed.show()
	})
	f.do(func() { test.Tap(ed.rows[2].remove) })
	if msg := f.topText(); !strings.Contains(msg, "“Wrong” cannot be removed: 2 claims have it as their verdict.") {
		t.Errorf("no refusal with the count:\n%s", msg)
	}
	f.do(func() { test.Tap(f.topDialogButton("OK")) })
	f.do(func() {
		test.Tap(ed.rows[1].remove) // unused
		test.Tap(ed.rows[0].remove) // unused
	})
	if len(ed.rows) != 1 || ed.rows[0].rating.ID != "haus:nein" {
		t.Fatalf("%d levels left in the editor", len(ed.rows))
	}
	f.do(func() { test.Tap(ed.rows[0].remove) })
	if msg := f.topText(); !strings.Contains(msg, "A scale needs at least one level.") {
		t.Errorf("removing the last level: %s", msg)
	}
	f.do(func() { test.Tap(f.topDialogButton("OK")) })
	f.do(func() { ed.dlg.Hide() }) // Cancel: nothing is saved
	stored, err := f.svc.Scales.FindScaleByID(ctx, "haus")
	if err != nil || len(stored.Ratings) != 3 {
		t.Fatalf("after Cancel the stored scale has changed: %+v, %v", stored, err)
	}
	if n, _ := countRated(f.u, "haus:nein"); n != 2 {
		t.Errorf("%d claims rated haus:nein, want 2", n)
	}
}

// TestPresetLevelsKept: the editor of a preset scale offers no adding,
// removing or moving of levels and says why and what to do instead
// (a copy); changing a label keeps the ordinals.
func TestPresetLevelsKept(t *testing.T) {
	f := newShellFixture(t)
	var ed *scaleEditor
	f.do(func() {
		ed = newScaleEditor(f.u, f.u.scales.scale(claims.ScalePolitiFact))
		ed.show()
	})
	top := f.win().Canvas().Overlays().Top()
	if findButtonIn(top, "Add level") != nil || ed.rows[0].remove != nil || ed.name != nil {
		t.Error("the preset's editor offers to change its levels or name")
	}
	if !strings.Contains(dialogText(top), "make a copy: Settings, New scale…") {
		t.Errorf("the preset's editor does not say how to change its levels:\n%s", dialogText(top))
	}
	f.do(func() {
		ed.en[2].SetText("Half right")
		test.Tap(f.topDialogButton("Save"))
	})
	sc, err := f.svc.Scales.FindScaleByID(context.Background(), claims.ScalePolitiFact)
	if err != nil {
		t.Fatal(err)
	}
	if got := levelsOf(sc); got != "Wahr 6, Größtenteils wahr 5, Halb wahr 4, Größtenteils falsch 3, Falsch 2, Glatt gelogen 1" || sc.Ratings[2].LabelEN != "Half right" {
		t.Errorf("preset after a label change: %s, %q", got, sc.Ratings[2].LabelEN)
	}
}

// TestNewScaleCopyAndNames: a new scale made from a copy of the
// CORRECTIV-style preset has its levels (labels, colours, order) under
// fresh IDs, and the preset is unchanged; a new scale without a name, or
// with the name of one that exists, is refused in the New scale dialog.
func TestNewScaleCopyAndNames(t *testing.T) {
	f := newShellFixture(t)
	f.do(func() { f.u.onNewScale(nil) })
	f.do(func() { test.Tap(f.topDialogButton("Create")) })
	if msg := f.topText(); !strings.Contains(msg, "Give the scale a name.") {
		t.Errorf("an empty name: %s", msg)
	}
	f.do(func() { test.Tap(f.topDialogButton("OK")) })
	var nd *newScaleDialog
	f.do(func() { nd = f.u.onNewScale(f.u.scales.scale(claims.ScaleCorrectiv)) })
	f.do(func() {
		nd.name.SetText("correctiv-style (german)")
		test.Tap(f.topDialogButton("Create"))
	})
	if msg := f.topText(); !strings.Contains(msg, "exists already") {
		t.Errorf("the name of a preset: %s", msg)
	}
	f.do(func() { test.Tap(f.topDialogButton("OK")) })
	f.do(func() {
		nd.name.SetText("Unsere Skala")
		test.Tap(f.topDialogButton("Create"))
	})
	if nd.ed == nil {
		t.Fatal("no editor for the new scale")
	}
	f.do(func() { test.Tap(f.topDialogButton("Save")) })
	sc := f.u.scaleNamed("Unsere Skala")
	preset := f.u.scales.scale(claims.ScaleCorrectiv)
	if sc == nil || levelsOf(sc) != levelsOf(preset) {
		t.Fatalf("the copy: %v", sc)
	}
	for i, r := range sc.Ratings {
		p := preset.Ratings[i]
		if r.ID == p.ID || r.ScaleID != sc.ID || r.Color != p.Color || r.LabelEN != p.LabelEN {
			t.Errorf("level %d of the copy: %+v (preset's %+v)", i+1, r, p)
		}
	}
	if stored, _ := f.svc.Scales.FindScaleByID(context.Background(), claims.ScaleCorrectiv); stored == nil || levelsOf(stored) != levelsOf(preset) {
		t.Error("the preset changed")
	}
}

// TestColleagueScaleInSettings: a scale a colleague saved on the shared
// database is offered when Settings opens, without a restart.
func TestColleagueScaleInSettings(t *testing.T) {
	f := newShellFixture(t)
	sc := &claims.RatingScale{ID: "ben", Name: "Bens Skala", Ratings: []claims.Rating{
		{ID: "ben:ja", LabelEN: "Yes", Color: "#2e7d32", Ordinal: 2},
		{ID: "ben:nein", LabelEN: "No", Color: "#c62828", Ordinal: 1},
	}}
	if err := f.svc.Scales.SaveScale(claims.WithActor(context.Background(), "ben"), sc); err != nil {
		t.Fatal(err)
	}
	f.do(f.s.onSettings)
	d := f.s.settings
	if !strings.Contains(strings.Join(d.scale.Options, "|"), "Bens Skala") {
		t.Errorf("Settings offers %q", d.scale.Options)
	}
	if d.scale.Selected != scaleName(f.u.scales.active) {
		t.Errorf("Settings chose %q, want the active scale", d.scale.Selected)
	}
}

// TestScaleHistoryInWindow: in the German window the editor of a stored
// scale has „Verlauf…“, which lists the scale's changes in German words:
// made, a level relabelled, the order changed.
func TestScaleHistoryInWindow(t *testing.T) {
	f := newGermanFixture(t)
	sc := houseScale(t, f)
	var ed *scaleEditor
	f.do(func() {
		ed = newScaleEditor(f.u, sc)
		ed.show()
	})
	f.do(func() {
		ed.de[2].SetText("Unwahr")
		test.Tap(ed.rows[2].up)
		test.Tap(f.topDialogButton("Speichern"))
	})
	f.do(func() {
		ed = newScaleEditor(f.u, f.u.scales.scale("haus"))
		ed.show()
	})
	f.do(func() { test.Tap(f.topDialogButton("Verlauf…")) })
	text := f.topText()
	for _, want := range []string{"angelegt: — → Hausskala", "Stufe: Wrong / Falsch #c62828 → Wrong / Unwahr #c62828",
		"Reihenfolge (Rangzahlen): Holds (3) > Missing context (2) > Wrong (1) → Holds (3) > Wrong (2) > Missing context (1)"} {
		if !strings.Contains(text, want) {
			t.Errorf("the scale's history lacks %q:\n%s", want, text)
		}
	}
}
