package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"claimdesk/claims"
)

func TestExportMarkdown(t *testing.T) {
	f := newShellFixture(t)
	c := f.addClaim("Die Inflation lag 2023 bei 5,9 Prozent.")
	if _, err := f.svc.Claims.UpdateClaim(f.u.ctx(), c.ID, claims.ClaimUpdate{Status: ptr(claims.StatusPublished)}); err != nil {
		t.Fatal(err)
	}
	f.addClaim("Der Haushalt wächst um 3 Prozent.")
	f.do(f.s.onExport)
	d := f.s.exporter
	if d == nil {
		t.Fatal("no export dialog")
	}
	path := filepath.Join(t.TempDir(), "report.md")
	out, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	f.do(func() {
		d.format.SetSelected("Markdown")
		d.status.SetSelected("Published")
		d.run(out, path, nil)
	})
	if d.result != "1" {
		t.Fatalf("export result = %q", d.result)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "5,9 Prozent") || strings.Contains(string(data), "Haushalt") {
		t.Fatalf("report does not hold just the published claim:\n%s", data)
	}
}

func TestShortcutsAndHelp(t *testing.T) {
	f := newShellFixture(t)
	c := f.win().Canvas().(fyne.Shortcutable)
	f.do(func() {
		c.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: fyne.KeyModifierShortcutDefault})
	})
	e := f.s.claims.editor
	if !e.isNew || f.s.currentKey() != viewClaims {
		t.Fatalf("Ctrl+N did not open a new claim")
	}
	f.do(func() { test.Type(e.text, "Die Mieten stiegen 2024 um 7 Prozent.") })
	f.do(func() {
		c.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault})
	})
	if e.isNew || e.claimID() == "" || e.dirty {
		t.Fatalf("Ctrl+S did not store the new claim")
	}
	f.do(func() {
		c.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.Key3, Modifier: fyne.KeyModifierShortcutDefault})
	})
	if f.s.currentKey() != viewSources {
		t.Fatalf("Ctrl+3 shows %q", f.s.currentKey())
	}
	f.do(func() { f.s.onHelp() })
	if f.win().Canvas().Overlays().Top() == nil {
		t.Fatal("no help dialog")
	}
	f.do(func() { f.topDialogButton("Close").OnTapped() })
}

func ptr[T any](v T) *T { return &v }

func TestSettingsNameScaleThemeBackup(t *testing.T) {
	f := newShellFixture(t)
	c := f.addClaim("Die Inflation lag 2023 bei 5,9 Prozent.")
	f.do(func() { f.u.openClaim(c.ID) })
	f.do(f.s.onSettings)
	d := f.s.settings
	f.do(func() {
		d.name.SetText("Bea Beispiel")
		d.theme.SetSelectedIndex(2) // dark
		d.scale.SetSelected("CORRECTIV-style (German)")
		f.topDialogButton("Apply").OnTapped()
	})
	if got := f.u.prefs.String(prefCheckerName); got != "Bea Beispiel" {
		t.Fatalf("checker name = %q", got)
	}
	if got := f.u.prefs.String(prefTheme); got != themeDark {
		t.Fatalf("theme = %q", got)
	}
	if a := f.u.scales.active; a == nil || a.ID != claims.ScaleCorrectiv {
		t.Fatalf("active scale = %+v", a)
	}
	e := f.s.claims.editor
	if !strings.Contains(strings.Join(e.verdict.Options, "|"), "Missing context") {
		t.Fatalf("verdict options = %v", e.verdict.Options)
	}
	f.do(func() {
		e.verdict.SetSelected("Missing context")
		test.Tap(e.save)
	})
	h, _ := f.svc.History.ClaimHistory(f.u.ctx(), c.ID)
	if last := h[len(h)-1]; last.Actor != "Bea Beispiel" || last.New != "correctiv:fehlender-kontext" {
		t.Fatalf("last event = %+v", last)
	}
	f.do(f.s.onSettings)
	f.do(f.s.settings.onBackup)
	if f.win().Canvas().Overlays().Top() == nil {
		t.Fatal("no backup result")
	}
}

func TestWindowStateRemembered(t *testing.T) {
	f := newShellFixture(t)
	f.do(func() {
		f.s.show(viewSources)
		f.s.claims.split.Offset = 0.3
		f.u.onClose()
		f.closed = true
	})
	p := f.u.prefs
	if p.String(prefView) != viewSources || p.Float(prefSplitClaims) != 0.3 || p.Float(prefWidth) != 1280 {
		t.Fatalf("saved view %q split %v width %v", p.String(prefView), p.Float(prefSplitClaims), p.Float(prefWidth))
	}
}

// Export from the Claims view starts from the list's filter: a checker who
// filtered the list to one status exports those claims, not all of them.
func TestExportFollowsClaimsFilter(t *testing.T) {
	f := newShellFixture(t)
	c := f.addClaim("Die Inflation lag 2023 bei 5,9 Prozent.")
	if _, err := f.svc.Claims.UpdateClaim(f.u.ctx(), c.ID, claims.ClaimUpdate{Status: ptr(claims.StatusResearching), Tags: &[]string{"preise"}}); err != nil {
		t.Fatal(err)
	}
	f.addClaim("Der Haushalt wächst um 3 Prozent.")
	f.do(func() { f.u.changed() })
	f.wait()
	v := f.s.claims
	f.do(func() { f.s.show(viewClaims) })
	f.do(func() {
		v.status.SetSelectedIndex(2) // researching
		v.tag.SetText("preise")
		v.onFilter()
	})
	f.do(f.s.onExport)
	d := f.s.exporter
	if d == nil {
		t.Fatal("no export dialog")
	}
	if sc := d.scope(); sc.Status != claims.StatusResearching || sc.Tag != "preise" || sc.Verdict != "" || sc.ArticleID != "" {
		t.Fatalf("export scope = %+v, want the list's filter", sc)
	}
	f.do(func() { test.Tap(f.topDialogButton("Cancel")) })
	f.do(func() { f.s.show(viewArticles) })
	f.do(f.s.onExport)
	if sc := f.s.exporter.scope(); sc.Status != "" || sc.Tag != "" {
		t.Fatalf("export from the Articles view took the claims filter: %+v", sc)
	}
}
