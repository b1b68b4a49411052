package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/lang"

	"claimdesk/claims"
)

// TestSeenBeforeLinkUndone: a checker links a claim to an earlier check by
// a slip ("Link (same claim)", verdict copied) and takes it back — with
// Undo right after, with Ctrl+Z, and later, after opening another claim,
// from the list of linked pairs ("Not the same after all"). Each time the
// claim is no longer linked, and the History tab names the link taken
// back. Undo right after also sets the verdict from before the link again
// and removes the record's page the link added; after the claim was
// changed, the copied verdict stays and the status line says so. In the
// German and the English window.
func TestSeenBeforeLinkUndone(t *testing.T) {
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
			records := func() int {
				t.Helper()
				g, err := f.svc.Archives.Group(f.u.ctx(), c.ID)
				if err != nil {
					t.Fatal(err)
				}
				return len(g.RecordIDs)
			}
			evidence := func() int {
				t.Helper()
				evs, err := f.svc.Evidence.FindEvidence(f.u.ctx(), claims.EvidenceFilter{ClaimID: &c.ID})
				if err != nil {
					t.Fatal(err)
				}
				return len(evs)
			}
			linkFirst := func(copyVerdict bool) {
				t.Helper()
				if len(p.box.Objects) == 0 {
					t.Fatalf("no earlier check shown: %q", p.status.Text)
				}
				b := findButtonIn(p.box.Objects[0], lang.L("Link (same claim)"))
				if b == nil {
					t.Fatal("no Link button")
				}
				f.do(b.OnTapped)
				answer := lang.L("Link only")
				if copyVerdict {
					answer = lang.L("Link and copy the verdict")
				}
				f.do(func() { f.topDialogButton(answer).OnTapped() })
				if records() != 1 {
					t.Fatalf("%d records linked after Link, want 1", records())
				}
			}

			linkFirst(true)
			got, _ := f.svc.Claims.FindClaimByID(f.u.ctx(), c.ID)
			copied := got.Conclusion
			if copied == "" {
				t.Fatal("no verdict copied")
			}
			if p.undo.bar.Hidden || !strings.Contains(p.undo.label.Text, "prison population") ||
				!strings.HasPrefix(p.undo.label.Text, strings.Split(lang.L("Linked as the same claim: “%s”"), "%s")[0]) {
				t.Fatalf("after Link the bar says %q (hidden %v), want the linked check and Undo", p.undo.label.Text, p.undo.bar.Hidden)
			}
			if p.linked.acc.Hidden || len(p.linked.rows) != 1 {
				t.Fatalf("linked list hidden %v with %d rows, want the one link", p.linked.acc.Hidden, len(p.linked.rows))
			}
			if evidence() != 1 {
				t.Fatalf("%d evidence after Link and copy, want the record's page", evidence())
			}
			f.do(p.undo.button.OnTapped)
			if records() != 0 || !p.undo.bar.Hidden || !p.linked.acc.Hidden {
				t.Fatalf("after Undo: %d records linked, bar hidden %v, linked list hidden %v", records(), p.undo.bar.Hidden, p.linked.acc.Hidden)
			}
			if got, _ := f.svc.Claims.FindClaimByID(f.u.ctx(), c.ID); got.Conclusion != "" || got.RatingID != "" || e.conclusion.Text != "" || got.Status != claims.StatusNew {
				t.Errorf("after Undo the conclusion is %q, rating %q (editor %q), status %q, want none and new as before the link",
					got.Conclusion, got.RatingID, e.conclusion.Text, got.Status)
			}
			if _, n, err := f.svc.Sources.FindSources(f.u.ctx(), claims.SourceFilter{}); evidence() != 0 || err != nil || n != 0 {
				t.Errorf("after Undo %d evidence and %d sources (%v), want the record's page gone with the link", evidence(), n, err)
			}
			if want := lang.L("Link taken back, and the verdict from before the link is set again."); !strings.Contains(f.s.location.Text, want) {
				t.Errorf("after Undo the status line says %q, want %q", f.s.location.Text, want)
			}

			// Changed since the link: Undo takes the link back, the verdict
			// stays and the status line says so.
			linkFirst(true)
			if linked := strings.Split(lang.L("Linked as the same claim: “%s”"), "%s")[0]; !strings.Contains(f.s.location.Text, linked) {
				t.Errorf("after the second Link the status line says %q, want %q…", f.s.location.Text, linked)
			}
			f.do(func() { e.tabs.SelectIndex(detailsTab); e.rationale.SetText("Checked against the prison statistics.") })
			f.do(e.onSave)
			f.do(func() { e.tabs.Select(e.seenTab) })
			f.do(p.undo.button.OnTapped)
			if got, _ := f.svc.Claims.FindClaimByID(f.u.ctx(), c.ID); records() != 0 || got.Conclusion != copied {
				t.Errorf("Undo after a change: %d records linked, conclusion %q, want none and the copied %q kept", records(), got.Conclusion, copied)
			}
			if want := lang.L("Link taken back. The copied verdict stays: the claim was changed since the link."); !strings.Contains(f.s.location.Text, want) {
				t.Errorf("Undo after a change: the status line says %q, want %q", f.s.location.Text, want)
			}

			cv := f.win().Canvas()
			linkFirst(false)
			f.do(func() { e.tabs.Select(e.seenTab); cv.Unfocus() })
			f.do(func() { pressCtrlZ(cv) })
			if records() != 0 || !p.undo.bar.Hidden {
				t.Fatalf("after Ctrl+Z: %d records linked (bar hidden %v)", records(), p.undo.bar.Hidden)
			}

			linkFirst(false)
			f.do(func() { f.u.openClaim(other.ID) })
			f.do(func() { f.u.openClaim(c.ID) })
			f.do(func() { e.tabs.Select(e.seenTab) })
			if !p.undo.bar.Hidden {
				t.Error("the Undo bar stayed after another claim was shown")
			}
			if p.linked.acc.Hidden || len(p.linked.rows) != 1 {
				t.Fatalf("the linked list shows %d (hidden %v), want the link", len(p.linked.rows), p.linked.acc.Hidden)
			}
			f.do(func() { p.linked.acc.Open(0) })
			back := findButtonIn(p.linked.box, lang.L("Not the same after all"))
			if back == nil {
				t.Fatal("no Not the same after all in the linked list")
			}
			f.do(back.OnTapped)
			if records() != 0 || !p.linked.acc.Hidden {
				t.Fatalf("after Not the same after all: %d records linked (list hidden %v)", records(), p.linked.acc.Hidden)
			}
			// the verdict copied by the second link stays; the window says so
			if want := lang.L("Link taken back. The verdict copied from this earlier check stays the claim's: check it under Details."); !strings.Contains(f.s.location.Text, want) {
				t.Errorf("after Not the same after all the status line says %q, want %q", f.s.location.Text, want)
			}

			evs := wantTakenBack(t, f, e, c.ID, claims.FieldLinked, claims.FieldUnlinked, "link taken back", 4)
			if v := pairValue(evs[len(evs)-1].Old); !strings.HasPrefix(v, lang.L("linked as the same by")+" ") {
				t.Errorf("the History tab shows whose link it was as %q", v)
			}
		})
	}
}
