package main

import (
	"context"
	"fmt"
	"io"

	"claimdesk/claims"
)

// checkPairs lists, one line each on w, the pairs both linked as the same
// claim and dismissed as not the same (two checkers at once on a shared
// server could leave them so before Link and Dismiss were serialised),
// each with the command that resolves it; it returns how many there are.
// check has no repair mode: the line says what to run.
func checkPairs(ctx context.Context, w io.Writer, svc *claims.Services) (int, error) {
	ps, err := svc.Archives.LinkedAndDismissed(ctx)
	if err != nil {
		return 0, err
	}
	for _, p := range ps {
		fmt.Fprintln(w, pairProblem(p))
	}
	return len(ps), nil
}

// pairProblem describes one pair and how to resolve it. The later of the
// two actions by the history is what the checkers meant last: a link
// later than the dismissal is kept by taking the dismissal back
// (undismiss), a later dismissal by taking the link back (unlink, or for a
// pair joined only through others, one of the links that join it); when
// the order is unknown the line names both for the checker to choose.
func pairProblem(p *claims.PairConflict) string {
	linked := "linked as the same claim (" + who(p.LinkedBy, p.LinkedAt.IsZero(), p.LinkedAt.Format(historyTime)) + ")"
	dismissed := "dismissed as not the same (" + who(p.DismissedBy, p.DismissedAt.IsZero(), p.DismissedAt.Format(historyTime)) + ")"
	fix := fmt.Sprintf("claimctl undismiss %s %s", p.ClaimID, p.TargetID)
	unlink := fmt.Sprintf("claimctl unlink %s %s", p.ClaimID, p.TargetID)
	if p.Through {
		unlink = fmt.Sprintf("taking back a link that joins them (claimctl links %s lists them)", p.ClaimID)
	}
	var advice string
	switch {
	case p.LinkIsLater():
		advice = "the link is the later: " + fix + " keeps it (" + unlink + " would keep the dismissal instead)"
	case p.LinkedAt.IsZero():
		advice = "which came later is unknown: " + fix + " keeps the link, " + unlink + " keeps the dismissal"
	default:
		advice = "the dismissal is the later: " + unlink + " keeps it (" + fix + " would keep the link instead)"
	}
	return fmt.Sprintf("problem: claim %s and %s %s are both %s and %s; %s", p.ClaimID, p.Kind, p.TargetID, linked, dismissed, advice)
}

// historyTime is how check writes the time of an action.
const historyTime = "2006-01-02 15:04 UTC"

// who writes "by NAME at TIME", leaving out what is unknown.
func who(by string, noTime bool, at string) string {
	s := "by " + by
	if by == "" {
		s = "by someone"
	}
	if noTime {
		return s + ", time unknown"
	}
	return s + " at " + at
}
