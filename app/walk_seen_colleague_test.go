package app

import (
	"context"
	"fmt"
	"slices"

	"claimdesk/archive"
	"claimdesk/claims"
)

// The colleague of the Seen before walk (walk_seen_test.go): Ben, on the
// same database, changing pairs through the store — the window told at
// once, or only after the checker's next click — deleting claims and
// importing the archive again.

// colleague is Ben on the same database linking, dismissing, or taking
// either back for a random pair; the window then hears of it as its watch
// would (watch.go).
func (w *seenWalker) colleague() {
	w.colleagueChange()
	w.do(w.f.u.othersChanged)
}

// colleagueMeanwhile is Ben's change made just before the checker acts on
// the tab, which still shows what was there before (the window hears of it
// only after); the window says what happened, never "Something went wrong".
func (w *seenWalker) colleagueMeanwhile() {
	if p := w.pane(); p != nil {
		w.colleagueOnShown(p)
	} else {
		w.colleagueChange()
	}
	acts := []func(){w.link, w.dismiss, w.undo, w.ctrlZ, w.suggestAgain, w.notSameAfterAll}
	acts[w.pick(len(acts))]()
	w.answerDialogs()
	w.do(w.f.u.othersChanged)
}

// colleagueDeletes is Ben deleting a claim of the desk (most often the one
// the window shows) and writing a similar one; the window hears of it.
func (w *seenWalker) colleagueDeletes() {
	ben := claims.WithActor(context.Background(), "ben")
	i := w.pick(len(w.ids))
	if e := w.editor(); e.claim != nil && w.pick(2) == 0 {
		i = max(slices.Index(w.ids, e.claim.ID), 0)
	}
	w.note("ben deletes %s", w.name(w.ids[i]))
	if err := w.f.svc.Claims.DeleteClaim(ben, w.ids[i]); err != nil {
		w.fail("ben's delete: %v", err)
	}
	w.made++
	sc := seenWalkClaims[w.pick(len(seenWalkClaims))]
	c := &claims.Claim{Text: fmt.Sprintf("%s Said again in %d.", sc.text, 1990+w.made), Claimant: "Ruth Kline",
		Conclusion: sc.conclusion, RatingID: sc.rating}
	if err := w.f.svc.Claims.CreateClaim(ben, c); err != nil {
		w.fail("ben's new claim: %v", err)
	}
	w.ids[i] = c.ID
	w.note("ben writes %s: %q", w.name(c.ID), c.Text)
	w.do(w.f.u.othersChanged)
}

// colleagueOnShown is Ben's change of a pair the tab shows: a match
// offered, a pair listed as linked or dismissed, or one the Undo bar holds.
func (w *seenWalker) colleagueOnShown(p *seenPane) {
	var sides [][2]string
	for _, row := range w.offered(p) {
		if t := w.rowTarget(row); t != nil {
			sides = append(sides, [2]string{t.Kind, t.ID})
		}
	}
	for _, l := range p.linked.rows {
		sides = append(sides, [2]string{l.Kind, l.TargetID})
	}
	for _, d := range p.gone.rows {
		sides = append(sides, [2]string{d.Kind, d.TargetID})
	}
	for _, it := range p.undo.items {
		sides = append(sides, [2]string{it.kind, it.targetID})
	}
	if len(sides) == 0 {
		w.colleagueChange()
		return
	}
	s := sides[w.pick(len(sides))]
	w.colleaguePair(p.claimID, s[0], s[1])
}

// colleagueChange is Ben's change of a random pair through the store.
func (w *seenWalker) colleagueChange() {
	claimID := w.ids[w.pick(len(w.ids))]
	if e := w.editor(); e.claim != nil && w.pick(3) > 0 {
		claimID = e.claim.ID // most often the claim the window shows
	}
	kind, target := w.pairTarget(claimID)
	w.colleaguePair(claimID, kind, target)
}

// colleaguePair is Ben linking, dismissing or taking either back for the
// pair of claimID and the target. Refusals the store gives are fine.
func (w *seenWalker) colleaguePair(claimID, kind, target string) {
	ben := claims.WithActor(context.Background(), "ben")
	a := w.archives()
	var err error
	switch op := w.pick(4); op {
	case 0:
		w.note("ben links %s to %s", w.name(claimID), w.name(target))
		err = a.Link(ben, claims.LinkRequest{ClaimID: claimID, Kind: kind, TargetID: target})
	case 1:
		w.note("ben dismisses %s for %s", w.name(target), w.name(claimID))
		err = a.Dismiss(ben, claimID, kind, target)
	case 2:
		w.note("ben undismisses %s for %s", w.name(target), w.name(claimID))
		err = a.Undismiss(ben, claimID, kind, target)
	default:
		w.note("ben unlinks %s from %s", w.name(target), w.name(claimID))
		err = a.Unlink(ben, claimID, kind, target)
	}
	switch claims.ErrorCode(err) {
	case "", claims.ECONFLICT, claims.ENOTFOUND, claims.EINVALID:
		if err != nil {
			w.note("  refused: %s", claims.ErrorCode(err))
		}
	default:
		w.fail("ben's change: %v", err)
	}
}

// pairTarget returns the other side of a pair for the colleague: half the
// time one linked to or dismissed for claimID, else another claim of the
// desk or an archive record.
func (w *seenWalker) pairTarget(claimID string) (kind, id string) {
	ctx := context.Background()
	var sides [][2]string
	if ls, err := w.archives().Links(ctx, claimID); err == nil {
		for _, l := range ls {
			sides = append(sides, [2]string{l.Kind, l.TargetID})
		}
	}
	if ds, err := w.archives().Dismissals(ctx, claimID); err == nil {
		for _, d := range ds {
			sides = append(sides, [2]string{d.Kind, d.TargetID})
		}
	}
	if len(sides) > 0 && w.pick(2) == 0 {
		s := sides[w.pick(len(sides))]
		return s[0], s[1]
	}
	if w.pick(2) == 0 {
		if id := w.ids[w.pick(len(w.ids))]; id != claimID {
			return claims.TargetClaim, id
		}
	}
	var recs []*claims.MatchTarget
	for _, t := range w.targets() {
		if t.Kind == claims.TargetRecord {
			recs = append(recs, t)
		}
	}
	return claims.TargetRecord, recs[w.pick(len(recs))].ID
}

// colleagueReimports is Ben removing the archive — its records' links go,
// their dismissals stay as "(no longer there)" — and importing it again,
// which gives new records; the window hears of it.
func (w *seenWalker) colleagueReimports() {
	ben := claims.WithActor(context.Background(), "ben")
	as, err := w.archives().Archives(ben)
	if err != nil {
		w.fail("archives: %v", err)
	}
	for _, a := range as {
		if err := w.archives().RemoveArchive(ben, a.ID); err != nil {
			w.fail("ben removes the archive: %v", err)
		}
	}
	imp, err := archive.Parse("", "walk.tsv", []byte(seenWalkArchive))
	if err != nil {
		w.fail("parse the archive: %v", err)
	}
	if _, err := w.archives().ImportArchive(ben, imp); err != nil {
		w.fail("ben imports the archive: %v", err)
	}
	w.note("ben removed the archive and imported it again")
	w.do(w.f.u.othersChanged)
}
