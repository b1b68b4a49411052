package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"claimdesk/claims"
)

// wantTakenBack checks the history of a claim whose seen-before decision
// (did: dismissed or linked) was made and taken back (undid) three times:
// three of each, the History tab showing every event and naming the taking
// back label (translated). It returns the claim's events.
func wantTakenBack(t *testing.T, f *shellFixture, e *claimEditor, claimID, did, undid, label string, n int) []*claims.Event {
	t.Helper()
	evs, err := f.svc.History.ClaimHistory(f.u.ctx(), claimID)
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{}
	for _, ev := range evs {
		counts[ev.Field]++
	}
	if counts[did] != n || counts[undid] != n {
		t.Errorf("history has %d %s and %d %s, want %d and %d", counts[did], did, counts[undid], undid, n, n)
	}
	if len(e.history.events) != len(evs) {
		t.Errorf("the History tab shows %d events, the claim has %d", len(e.history.events), len(evs))
	}
	if got := fieldLabel(undid); got != lang.L(label) || got == undid {
		t.Errorf("the History tab names the taking back %q", got)
	}
	return evs
}

// pressCtrlZ types Ctrl+Z as the desktop driver delivers it: to the
// focused widget when it takes shortcuts (a text field), else to the
// window.
func pressCtrlZ(cv fyne.Canvas) {
	if w, ok := cv.Focused().(fyne.Shortcutable); ok {
		w.TypedShortcut(&fyne.ShortcutUndo{})
		return
	}
	cv.(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutUndo{})
}

// TestSeenBeforeNotTheSameUndone: a checker dismisses the earlier check of
// a claim by a slip ("Not the same") and takes it back — with Undo right
// after, with Ctrl+Z (not while a text field has the focus: there Ctrl+Z
// undoes the typing), and later, after opening another claim, from the
// list of dismissed pairs. Each time the earlier check is suggested again
// and the History tab names the dismissal and its taking back. Before,
// a dismissed check was never suggested again and the window had no way
// back. In the German and the English window.
func TestSeenBeforeNotTheSameUndone(t *testing.T) {
	for _, language := range []string{"de", "en"} {
		t.Run(language, func(t *testing.T) {
			f := newScenarioIn(t, language)
			f.importSeenTestArchive()
			c := f.addClaim("Governor Alma Reyes said the state cut its prison population by 40 percent between 2015 and 2022.")
			other := f.addClaim("The city council will vote on 12 new bus lines in March.")
			e := f.s.claims.editor
			f.do(func() { f.s.show(viewClaims); f.u.openClaim(c.ID) })
			f.do(func() { e.tabs.Select(e.seenTab) })
			p := e.seen
			shown := func() int { return len(p.box.Objects) / 2 }
			n := shown()
			if n == 0 {
				t.Fatalf("no earlier check shown: %q", p.status.Text)
			}
			dismissFirst := func() {
				t.Helper()
				b := findButtonIn(p.box.Objects[0], lang.L("Not the same"))
				if b == nil {
					t.Fatal("no Not the same button")
				}
				f.do(b.OnTapped)
				if shown() != n-1 {
					t.Fatalf("%d earlier checks after dismissing, want %d", shown(), n-1)
				}
			}

			dismissFirst()
			if p.undo.bar.Hidden || !strings.Contains(p.undo.label.Text, "prison population") {
				t.Fatalf("after Not the same the bar says %q (hidden %v), want the dismissed check and Undo", p.undo.label.Text, p.undo.bar.Hidden)
			}
			if p.gone.acc.Hidden || len(p.gone.rows) != 1 {
				t.Fatalf("dismissed list hidden %v with %d rows, want the one dismissal", p.gone.acc.Hidden, len(p.gone.rows))
			}
			f.do(p.undo.button.OnTapped)
			if shown() != n || !p.undo.bar.Hidden || !p.gone.acc.Hidden {
				t.Fatalf("after Undo: %d checks (want %d), bar hidden %v, dismissed list hidden %v", shown(), n, p.undo.bar.Hidden, p.gone.acc.Hidden)
			}

			cv := f.win().Canvas()
			dismissFirst()
			f.do(func() { cv.Focus(e.rationale) })
			f.do(func() { pressCtrlZ(cv) })
			if shown() != n-1 {
				t.Fatal("Ctrl+Z in a text field took back the dismissal")
			}
			f.do(func() { cv.Unfocus() })
			f.do(func() { pressCtrlZ(cv) })
			if shown() != n || !p.undo.bar.Hidden {
				t.Fatalf("after Ctrl+Z: %d checks, want %d (bar hidden %v)", shown(), n, p.undo.bar.Hidden)
			}

			dismissFirst()
			f.do(func() { f.u.openClaim(other.ID) })
			f.do(func() { f.u.openClaim(c.ID) })
			f.do(func() { e.tabs.Select(e.seenTab) })
			if !p.undo.bar.Hidden {
				t.Error("the Undo bar stayed after another claim was shown")
			}
			f.do(func() { pressCtrlZ(cv) })
			if shown() != n-1 {
				t.Fatal("Ctrl+Z took back a dismissal made before another claim was shown")
			}
			if p.gone.acc.Hidden || len(p.gone.rows) != 1 {
				t.Fatalf("the dismissed list shows %d (hidden %v), want the dismissal", len(p.gone.rows), p.gone.acc.Hidden)
			}
			if findButtonIn(p.gone.box, lang.L("Suggest again")) != nil {
				t.Error("the dismissed list is open before it is asked for")
			}
			f.do(func() { p.gone.acc.Open(0) })
			back := findButtonIn(p.gone.box, lang.L("Suggest again"))
			if back == nil {
				t.Fatal("no Suggest again in the dismissed list")
			}
			f.do(back.OnTapped)
			if shown() != n || !p.gone.acc.Hidden {
				t.Fatalf("after Suggest again: %d checks, want %d (list hidden %v)", shown(), n, p.gone.acc.Hidden)
			}

			wantTakenBack(t, f, e, c.ID, claims.FieldDismissed, claims.FieldUndismissed, "dismissal taken back", 3)
		})
	}
}
