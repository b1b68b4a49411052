package app

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/lang"

	"claimdesk/claims"
)

// seenColleagueFixture opens a claim whose earlier check (the prison
// record of seenTestArchive) is offered, on its Seen before tab; it returns
// the claim and the record.
func seenColleagueFixture(t *testing.T, language string) (*shellFixture, *claims.Claim, string) {
	t.Helper()
	f := newScenarioIn(t, language)
	f.importSeenTestArchive()
	c := f.addClaim("Governor Alma Reyes said the state cut its prison population by 40 percent between 2015 and 2022.")
	ts, err := f.svc.Archives.MatchTargets(f.u.ctx())
	if err != nil {
		t.Fatal(err)
	}
	record := ""
	for _, x := range ts {
		if strings.Contains(x.Text, "prison population") {
			record = x.ID
		}
	}
	e := f.s.claims.editor
	f.do(func() { f.s.show(viewClaims); f.u.openClaim(c.ID) })
	f.do(func() { e.tabs.Select(e.seenTab) })
	if !seenOffers(e.seen, "prison population") {
		t.Fatalf("the prison record is not offered: %q", e.seen.status.Text)
	}
	return f, c, record
}

// seenOffers reports whether the tab offers a match whose text holds text.
func seenOffers(p *seenPane, text string) bool {
	for _, o := range p.box.Objects {
		if findButtonIn(o, lang.L("Link (same claim)")) != nil && strings.Contains(dialogText(o), text) {
			return true
		}
	}
	return false
}

// TestSeenBeforeColleagueWhileOtherTab: a colleague dismisses the earlier
// check the tab offers while the checker looks at the Details tab; back on
// Seen before, it is no longer offered and is listed as dismissed. Before,
// only a tab in view was looked at again: it kept offering the dismissed
// check (and a linked one) with Link and Not the same.
func TestSeenBeforeColleagueWhileOtherTab(t *testing.T) {
	f, c, record := seenColleagueFixture(t, "en")
	e := f.s.claims.editor
	ben := claims.WithActor(f.u.ctx(), "ben")
	f.do(func() { e.tabs.SelectIndex(0) })
	if err := f.svc.Archives.Dismiss(ben, c.ID, claims.TargetRecord, record); err != nil {
		t.Fatal(err)
	}
	f.do(f.u.othersChanged)
	f.do(func() { e.tabs.Select(e.seenTab) })
	if seenOffers(e.seen, "prison population") {
		t.Error("the tab still offers the earlier check the colleague dismissed")
	}
	if e.seen.gone.acc.Hidden || len(e.seen.gone.rows) != 1 {
		t.Errorf("the dismissed list shows %d (hidden %v), want the colleague's dismissal", len(e.seen.gone.rows), e.seen.gone.acc.Hidden)
	}
}

// TestSeenBeforeUndoAfterColleague: the checker dismisses an earlier check
// (or links it) and a colleague takes that back — or links the dismissed
// pair, which removes the dismissal — before the checker presses Undo. The
// bar no longer offers to undo what is gone, and Ctrl+Z says nothing went
// wrong. Before, Undo (and Ctrl+Z) tried to take it back again and showed
// "Something went wrong: … were not dismissed as not the same".
func TestSeenBeforeUndoAfterColleague(t *testing.T) {
	cases := []struct {
		name, button string
		colleague    func(a claims.ArchiveService, ben context.Context, claimID, record string) error
	}{
		{"undismissed", "Not the same", func(a claims.ArchiveService, ben context.Context, claimID, record string) error {
			return a.Undismiss(ben, claimID, claims.TargetRecord, record)
		}},
		{"linked over the dismissal", "Not the same", func(a claims.ArchiveService, ben context.Context, claimID, record string) error {
			return a.Link(ben, claims.LinkRequest{ClaimID: claimID, Kind: claims.TargetRecord, TargetID: record})
		}},
		{"unlinked", "Link (same claim)", func(a claims.ArchiveService, ben context.Context, claimID, record string) error {
			return a.Unlink(ben, claimID, claims.TargetRecord, record)
		}},
	}
	for _, language := range []string{"de", "en"} {
		for _, tc := range cases {
			t.Run(language+"/"+tc.name, func(t *testing.T) {
				f, c, record := seenColleagueFixture(t, language)
				p := f.s.claims.editor.seen
				for _, o := range p.box.Objects {
					if b := findButtonIn(o, lang.L(tc.button)); b != nil && strings.Contains(dialogText(o), "prison population") {
						f.do(b.OnTapped)
						break
					}
				}
				if top := f.win().Canvas().Overlays().Top(); top != nil {
					f.do(func() { f.topDialogButton(lang.L("Link only")).OnTapped() })
				}
				if p.undo.bar.Hidden {
					t.Fatalf("no Undo bar after %s", tc.button)
				}
				ben := claims.WithActor(f.u.ctx(), "ben")
				if err := tc.colleague(f.svc.Archives, ben, c.ID, record); err != nil {
					t.Fatal(err)
				}
				f.do(f.u.othersChanged)
				if !p.undo.bar.Hidden {
					t.Errorf("the bar still offers to undo %q, which the colleague changed", p.undo.label.Text)
				}
				cv := f.win().Canvas()
				f.do(func() { cv.Unfocus(); pressCtrlZ(cv) })
				if msg := f.topText(); msg != "" {
					t.Errorf("Ctrl+Z after the colleague's change says %q", msg)
				}
			})
		}
	}
}
