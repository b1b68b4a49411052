package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
)

// pressKey sends key to the window as a key typed with no field focused.
func (f *shellFixture) pressKey(key fyne.KeyName) bool {
	var used bool
	f.do(func() { used = f.s.onWindowKey(&fyne.KeyEvent{Name: key}) })
	return used
}

// markedButton returns the label of the topmost dialog's button of high
// importance (the default, ask.go), "" when it has none or several.
func (f *shellFixture) markedButton() string {
	top := f.win().Canvas().Overlays().Top()
	if top == nil {
		return ""
	}
	label := ""
	for _, b := range buttonsIn(top, nil) {
		if b.Importance == widget.HighImportance {
			if label != "" {
				return ""
			}
			label = b.Text
		}
	}
	return label
}

// TestScenarioEnterInQuestions: in the German and the English window Enter
// presses a dialog's marked button. On a harmless question it acts (the
// Settings dialog applies the name typed); on „Behauptung löschen?“ the
// marked button is Cancel and Delete is red, so Enter keeps the claim
// (before, Enter did nothing in either: only messages took it).
func TestScenarioEnterInQuestions(t *testing.T) {
	for _, language := range []string{"de", "en"} {
		t.Run(language, func(t *testing.T) {
			f := newScenarioIn(t, language)
			c := f.addClaim("Die Inflation lag 2023 bei 5,9 Prozent.")
			cv := f.win().Canvas()

			f.do(f.s.onSettings)
			f.do(func() { f.s.settings.name.SetText("Vera Beispiel") })
			if got := f.markedButton(); got != lang.L("Apply") {
				t.Errorf("Settings: marked button %q, want %q", got, lang.L("Apply"))
			}
			if !f.pressKey(fyne.KeyReturn) || cv.Overlays().Top() != nil {
				t.Fatalf("Enter in Settings did not apply and close")
			}
			if got := f.u.prefs.String(prefCheckerName); got != "Vera Beispiel" {
				t.Errorf("checker name after Enter = %q", got)
			}

			f.do(func() { f.u.openClaim(c.ID) })
			f.do(f.s.claims.editor.onDelete)
			if got := f.markedButton(); got != lang.L("Cancel") {
				t.Errorf("Delete claim?: marked button %q, want %q", got, lang.L("Cancel"))
			}
			if del := f.topDialogButton(lang.L("Delete")); del.Importance != widget.DangerImportance {
				t.Errorf("the Delete button is not drawn as dangerous (importance %v)", del.Importance)
			}
			if !f.pressKey(fyne.KeyReturn) || cv.Overlays().Top() != nil {
				t.Fatalf("Enter on „Delete claim?“ left the question open")
			}
			if _, err := f.svc.Claims.FindClaimByID(f.u.ctx(), c.ID); err != nil {
				t.Fatalf("Enter deleted the claim: %v", err)
			}
			f.do(f.s.claims.editor.onDelete)
			f.do(func() { f.topDialogButton(lang.L("Delete")).OnTapped() })
			if _, err := f.svc.Claims.FindClaimByID(f.u.ctx(), c.ID); claims.ErrorCode(err) != claims.ENOTFOUND {
				t.Fatalf("Delete kept the claim: %v", err)
			}
		})
	}
}

// TestScenarioKeysOnCopyVerdict: linking an earlier check asks whether to
// copy its verdict. Escape links nothing (it pressed „Nein“, which linked
// without the verdict); Enter copies the verdict onto a claim without
// one, and links only when the claim has a verdict of its own, which
// stays.
func TestScenarioKeysOnCopyVerdict(t *testing.T) {
	for _, language := range []string{"de", "en"} {
		t.Run(language, func(t *testing.T) {
			f := newScenarioIn(t, language)
			f.importSeenTestArchive()
			ctx := f.u.ctx()
			linked := func(id string) int {
				g, _ := f.svc.Archives.Group(ctx, id)
				if g == nil {
					return 0
				}
				return len(g.RecordIDs)
			}
			link := func(c *claims.Claim) {
				f.do(func() { f.u.openClaim(c.ID) })
				p := f.s.claims.editor.seen
				if len(p.box.Objects) == 0 {
					t.Fatalf("no earlier check shown: %q", p.status.Text)
				}
				b := findButtonIn(p.box.Objects[0], lang.L("Link (same claim)"))
				if b == nil {
					t.Fatal("no Link button")
				}
				f.do(b.OnTapped)
			}

			c := f.addClaim("Governor Alma Reyes said the state cut its prison population by 40 percent between 2015 and 2022.")
			link(c)
			if !f.pressKey(fyne.KeyEscape) || f.win().Canvas().Overlays().Top() != nil {
				t.Fatal("Escape left the question open")
			}
			if n := linked(c.ID); n != 0 {
				t.Fatalf("Escape linked %d records", n)
			}
			link(c)
			if got := f.markedButton(); got != lang.L("Link and copy the verdict") {
				t.Errorf("claim without verdict: marked button %q", got)
			}
			f.pressKey(fyne.KeyReturn)
			got, _ := f.svc.Claims.FindClaimByID(ctx, c.ID)
			if linked(c.ID) != 1 || got.Conclusion == "" {
				t.Fatalf("Enter: %d records linked, conclusion %q; want the verdict copied", linked(c.ID), got.Conclusion)
			}

			own := &claims.Claim{Text: "Governor Alma Reyes said the state cut its prison population by 40 percent.", Conclusion: "eigenes Urteil"}
			if err := f.svc.Claims.CreateClaim(ctx, own); err != nil {
				t.Fatal(err)
			}
			f.do(func() { f.u.changed() })
			link(own)
			if got := f.markedButton(); got != lang.L("Link only") {
				t.Errorf("claim with a verdict: marked button %q, want %q", got, lang.L("Link only"))
			}
			f.pressKey(fyne.KeyReturn)
			got, _ = f.svc.Claims.FindClaimByID(ctx, own.ID)
			if linked(own.ID) != 1 || got.Conclusion != "eigenes Urteil" {
				t.Fatalf("Enter on a claim with a verdict: %d linked, conclusion %q", linked(own.ID), got.Conclusion)
			}
		})
	}
}
