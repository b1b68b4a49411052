package app

import (
	"database/sql"
	"fmt"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/lang"

	"claimdesk/claims"
)

// TestSeenBeforeLinkedAndDismissed: a database written before Link and
// Dismiss were serialised may hold pairs both linked as the same claim and
// dismissed as not the same (claimctl check lists them). The checker who
// opens the window is told in the status line how many there are and the
// first one's claim; who opens such a claim sees it: the dismissed list opens by
// itself, its title counts the pairs that are linked too, each such row
// says it cannot be both and which button keeps which, and so does the
// link's row. Suggest again on one keeps its link and the warnings of
// that pair go; the other pair, joined only through a link of the group,
// stays flagged until it too is resolved; then the status line no longer
// tells of pairs. German and English.
func TestSeenBeforeLinkedAndDismissed(t *testing.T) {
	for _, language := range []string{"de", "en"} {
		t.Run(language, func(t *testing.T) {
			f := newScenarioIn(t, language)
			ben := claims.WithActor(f.u.ctx(), "ben")
			x := f.addClaim("The new bridge over the river cost 40 million euros to build.")
			y := f.addClaim("The river bridge cost 40 million euros.")
			z := f.addClaim("The new river bridge was built for 40 million euros.")
			for _, l := range [][2]string{{x.ID, y.ID}, {y.ID, z.ID}} {
				if err := f.svc.Archives.Link(ben, claims.LinkRequest{ClaimID: l[0], Kind: claims.TargetClaim, TargetID: l[1]}); err != nil {
					t.Fatal(err)
				}
			}
			forgeDismissal(t, f.dbPath, x.ID, y.ID)
			forgeDismissal(t, f.dbPath, x.ID, z.ID)
			f.do(func() { f.u.stopCheck = nil; f.s.checkDatabase() }) // as at the next start
			f.wait()
			if got := f.s.location.Text; !strings.Contains(got, (bothPairs{n: 2, first: x.Text}).status()) || !strings.Contains(got, "The new bridge") {
				t.Errorf("the status line does not tell of the two pairs under the first claim: %q", got)
			}
			e := f.s.claims.editor
			f.do(func() { f.u.seenChanged(); f.s.show(viewClaims); f.u.openClaim(x.ID) })
			f.do(func() { e.tabs.Select(e.seenTab) })

			gone, linked := e.seen.gone, e.seen.linked
			wantTitle := fmt.Sprintf(lang.L("%d also linked as the same"), 2)
			if !strings.Contains(gone.item.Title, wantTitle) || !gone.item.Open {
				t.Errorf("dismissed list: title %q, open %v; want %q in it, open", gone.item.Title, gone.item.Open, wantTitle)
			}
			if n := strings.Count(dialogText(gone.box), lang.L(alsoLinked)); n != 2 {
				t.Errorf("%d dismissed rows say they are linked too, want 2", n)
			}
			if n := strings.Count(dialogText(linked.box), lang.L(alsoDismissed)); n != 1 {
				t.Errorf("%d linked rows say they are dismissed too, want 1 (the link to the river bridge)", n)
			}

			suggestAgain(t, f, "The river bridge cost")
			if n := strings.Count(dialogText(gone.box), lang.L(alsoLinked)); n != 1 || strings.Contains(gone.item.Title, wantTitle) {
				t.Errorf("after Suggest again on one: %d rows flagged, title %q; want 1 and a count of 1", n, gone.item.Title)
			}
			if strings.Contains(dialogText(linked.box), lang.L(alsoDismissed)) {
				t.Error("the link kept by Suggest again is still flagged")
			}
			suggestAgain(t, f, "was built for")
			if both, err := f.svc.Archives.LinkedAndDismissed(f.u.ctx()); err != nil || len(both) != 0 {
				t.Fatalf("pairs both linked and dismissed left: %d (%v)", len(both), err)
			}
			if gone.acc.Visible() {
				t.Errorf("the dismissed list is still shown: %q", dialogText(gone.box))
			}
			f.wait()
			if got, want := f.s.location.Text, lang.L("Database checked: no damage found"); !strings.HasPrefix(got, want) {
				t.Errorf("the status line still tells of pairs after both were resolved: %q, want %q", got, want)
			}
		})
	}
}

// suggestAgain taps Suggest again on the dismissed row whose text holds
// text.
func suggestAgain(t *testing.T, f *shellFixture, text string) {
	t.Helper()
	for _, o := range f.s.claims.editor.seen.gone.box.Objects {
		if b := findButtonIn(o, lang.L("Suggest again")); b != nil && strings.Contains(dialogText(o), text) {
			f.do(b.OnTapped)
			return
		}
	}
	t.Fatalf("no dismissed row with Suggest again holds %q", text)
}

// forgeDismissal writes a dismissal of claim b for claim a straight into
// the database, as two checkers at once could leave one before Link and
// Dismiss were serialised.
func forgeDismissal(t *testing.T, path, a, b string) {
	t.Helper()
	raw, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	at := time.Now().Add(time.Hour).UTC().Format("2006-01-02T15:04:05.000000000Z07:00") // the store's layout
	if _, err := raw.Exec(`INSERT INTO match_dismissals (claim_id, target_kind, target_id, dismissed_at, dismissed_by)
		VALUES (?,?,?,?,?)`, a, claims.TargetClaim, b, at, "anna"); err != nil {
		t.Fatalf("forge a dismissal: %v", err)
	}
}

// TestStartCheckFindsPairsWithoutQuickCheck: a shared server has no quick
// integrity check (claims.QuickChecker), and it is where two checkers at
// once could leave a pair both linked and dismissed; the window looks for
// them there too and says so in the status line.
func TestStartCheckFindsPairsWithoutQuickCheck(t *testing.T) {
	f := newScenarioIn(t, "de")
	ben := claims.WithActor(f.u.ctx(), "ben")
	x := f.addClaim("Die Brücke kostete 40 Millionen Euro.")
	y := f.addClaim("Der Bau der Brücke kostete 40 Millionen.")
	if err := f.svc.Archives.Link(ben, claims.LinkRequest{ClaimID: x.ID, Kind: claims.TargetClaim, TargetID: y.ID}); err != nil {
		t.Fatal(err)
	}
	forgeDismissal(t, f.dbPath, x.ID, y.ID)
	f.u.svc.Maintenance = struct{ claims.MaintenanceService }{f.u.svc.Maintenance} // no QuickCheck, as on a server
	f.do(func() { f.u.stopCheck = nil; f.s.checkDatabase() })
	f.wait()
	if got := f.s.location.Text; !strings.Contains(got, (bothPairs{n: 1, first: x.Text}).status()) {
		t.Errorf("the status line does not tell of the pair: %q", got)
	}
}
