package app

import (
	"strings"
	"testing"

	"claimdesk/claims"
)

// TestScenarioVerdictMovesNewClaim: in the German and the English window a
// checker records a verdict on a claim still „Neu“ and saves. The claim
// moved on to „Recherche“ (it stayed „Neu“ beside the verdict): the
// editor, the store and the history, one status entry, say so. A status
// chosen in the same save is kept, and a new claim saved with a verdict
// starts researching too.
func TestScenarioVerdictMovesNewClaim(t *testing.T) {
	for _, language := range []string{"de", "en"} {
		t.Run(language, func(t *testing.T) {
			f := newScenarioIn(t, language)
			ctx := f.u.ctx()
			e := f.s.claims.editor
			researching := statusLabel(claims.StatusResearching)

			c := f.addClaim("Die Mieten stiegen 2024 um 7 Prozent.")
			f.do(func() { f.u.openClaim(c.ID) })
			f.do(func() { e.verdict.SetSelectedIndex(1); e.rationale.SetText("Laut Mietspiegel 2024.") })
			f.do(e.onSave)
			got, _ := f.svc.Claims.FindClaimByID(ctx, c.ID)
			if got.Status != claims.StatusResearching || got.RatingID == "" {
				t.Fatalf("stored after a verdict: status %q, rating %q; want researching with the rating", got.Status, got.RatingID)
			}
			if e.status.Selected != researching {
				t.Errorf("editor shows status %q, want %q", e.status.Selected, researching)
			}
			if n := strings.Count(strings.Join(e.history.lines(), "\n"), researching); n != 1 {
				t.Errorf("history names %q %d times, want once:\n%s", researching, n, strings.Join(e.history.lines(), "\n"))
			}

			chosen := f.addClaim("Der Hafen wurde 1990 gebaut.")
			f.do(func() { f.u.openClaim(chosen.ID) })
			f.do(func() {
				e.verdict.SetSelectedIndex(1)
				e.status.SetSelected(statusLabel(claims.StatusPublished))
			})
			f.do(e.onSave)
			if got, _ := f.svc.Claims.FindClaimByID(ctx, chosen.ID); got.Status != claims.StatusPublished {
				t.Errorf("a status chosen with the verdict: stored %q, want published", got.Status)
			}

			f.do(f.s.onNewClaim)
			f.do(func() { e.text.SetText("Die Brücke kostete 350 Millionen Euro."); e.conclusion.SetText("Falsch.") })
			f.do(e.onSave)
			if e.claim == nil || e.claim.Status != claims.StatusResearching {
				t.Errorf("a new claim saved with a verdict: %+v, want researching", e.claim)
			}
		})
	}
}
