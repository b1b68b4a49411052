package app

import (
	"context"
	"errors"
	"slices"

	"fyne.io/fyne/v2/lang"

	"claimdesk/claims"
)

// A link made with "Link and copy the verdict" changes the claim too: its
// verdict becomes the earlier check's (a new claim moves to researching),
// and an archive record's page is added as context evidence. Undo right
// after takes the link back, and with it what the link changed in the
// claim, while nobody has changed the claim since (its stored version is
// the one the link left, and the editor holds no unsaved edits of it): the
// verdict and status from before the link are set again (recorded in the
// history like any change), and the evidence the link added is removed,
// with the source made for it unless other evidence uses that since.
// Otherwise the copied verdict stays and the status line says so: a
// verdict never silently outlives the Undo of the link it came with. A
// link taken back later ("Not the same after all") keeps the verdict, as
// docs/seen-before.md says, and the status line says that too
// (claims.CopiedVerdictStays).

// copiedVerdict is what a link that copied a verdict changed in the claim.
type copiedVerdict struct {
	ratingID, conclusion string             // the claim's verdict before the link
	status               claims.Status      // and its status (a verdict moves a new claim on)
	version              string             // the claim's version right after it (claims.ClaimVersion)
	evidence             []*claims.Evidence // the evidence the link added
}

// linkCopying links the claim and returns what the link changed in it;
// nil when it copied nothing.
func linkCopying(ctx context.Context, svc claims.Services, req claims.LinkRequest) (*copiedVerdict, error) {
	if !req.CopyVerdict {
		return nil, svc.Archives.Link(ctx, req)
	}
	before, err := svc.Claims.FindClaimByID(ctx, req.ClaimID)
	if err != nil {
		return nil, err
	}
	evBefore, err := claimEvidence(ctx, svc, req.ClaimID)
	if err != nil {
		return nil, err
	}
	if err := svc.Archives.Link(ctx, req); err != nil {
		return nil, err
	}
	after, err := svc.Claims.FindClaimByID(ctx, req.ClaimID)
	if err != nil || (after.RatingID == before.RatingID && after.Conclusion == before.Conclusion) {
		return nil, nil // linked; nothing to take back but the link
	}
	cv := &copiedVerdict{ratingID: before.RatingID, conclusion: before.Conclusion, status: before.Status,
		version: claims.ClaimVersion(after)}
	evAfter, err := claimEvidence(ctx, svc, req.ClaimID)
	if err != nil {
		return cv, nil // the verdict can still be taken back
	}
	for _, e := range evAfter {
		if !slices.ContainsFunc(evBefore, func(b *claims.Evidence) bool { return b.ID == e.ID }) {
			cv.evidence = append(cv.evidence, e)
		}
	}
	return cv, nil
}

// claimEvidence returns the claim's evidence.
func claimEvidence(ctx context.Context, svc claims.Services, claimID string) ([]*claims.Evidence, error) {
	return svc.Evidence.FindEvidence(ctx, claims.EvidenceFilter{ClaimID: &claimID})
}

// restoreVerdict sets the claim's verdict and status from before the link
// again and removes the evidence the link added, unless the claim was
// changed since the link: then it reports changed and changes nothing.
func restoreVerdict(ctx context.Context, svc claims.Services, claimID string, cv *copiedVerdict) (changed bool, err error) {
	_, err = svc.Claims.UpdateClaim(ctx, claimID, claims.ClaimUpdate{RatingID: &cv.ratingID,
		Conclusion: &cv.conclusion, Status: &cv.status, BasedOn: cv.version})
	var ec *claims.EditConflict
	if errors.As(err, &ec) {
		return true, nil
	}
	if err != nil {
		return false, err
	}
	for _, e := range cv.evidence {
		if err := svc.Evidence.DeleteEvidence(ctx, e.ID); err != nil && claims.ErrorCode(err) != claims.ENOTFOUND {
			return false, err
		}
		// the source the link made for it, unless evidence uses it since
		if err := svc.Sources.DeleteSource(ctx, e.SourceID); err != nil && claims.ErrorCode(err) != claims.ENOTFOUND &&
			claims.ErrorCode(err) != claims.ECONFLICT {
			return false, err
		}
	}
	return false, nil
}

// unlinkRestoring is Undo of a link that copied a verdict: the link is
// taken back, then the verdict before it is set again while the claim is
// unchanged since; the status line says which.
func (p *seenPane) unlinkRestoring(it seenUndoItem) {
	dirty := p.e.claimID() == it.claimID && p.e.dirty
	p.unlinkThen(it.claimID, it.kind, it.targetID, func(ctx context.Context) (string, error) {
		changed := dirty
		if !changed {
			var err error
			if changed, err = restoreVerdict(ctx, p.u.svc, it.claimID, it.copied); err != nil {
				return "", err
			}
		}
		if changed {
			return lang.L("Link taken back. The copied verdict stays: the claim was changed since the link."), nil
		}
		return lang.L("Link taken back, and the verdict from before the link is set again."), nil
	})
}

// say shows msg in the window's status line.
func (p *seenPane) say(msg string) {
	if p.u.shell != nil {
		p.u.shell.showStatus(msg)
	}
}
