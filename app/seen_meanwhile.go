package app

import (
	"fmt"

	"fyne.io/fyne/v2/lang"

	"claimdesk/claims"
)

// On a shared server another checker may change a pair between the moment
// the Seen before tab showed it and the checker's click, before the window
// hears of it: take back a dismissal or link (or link the dismissed pair,
// which takes the dismissal back), or link what the checker now dismisses.
// The store then refuses the click; these say why in words, not as
// "Something went wrong" with IDs. Each reads the store: call them off the
// UI goroutine; each returns "" for any other error (shown as errors are).

// pairNow returns what claimID and the target are now: "dismissed",
// "linked" (to each other or through the group), or "" (neither); ok is
// false when that cannot be read (a side deleted).
func (u *ui) pairNow(claimID, kind, targetID string) (now string, ok bool) {
	ctx := u.ctx()
	key := claims.TargetKey(kind, targetID)
	dismissed, err := u.svc.Archives.Dismissed(ctx, claimID)
	if err != nil {
		return "", false
	}
	if dismissed[key] {
		return "dismissed", true
	}
	g, err := u.svc.Archives.Group(ctx, claimID)
	if err != nil {
		return "", false
	}
	ids := g.RecordIDs
	if kind == claims.TargetClaim {
		ids = g.ClaimIDs
	}
	for _, id := range ids {
		if id == targetID {
			return "linked", true
		}
	}
	return "", true
}

// targetText returns the claim the target states, or "" when it is gone.
func (u *ui) targetText(kind, targetID string) string {
	if kind == claims.TargetClaim {
		if c, err := u.svc.Claims.FindClaimByID(u.ctx(), targetID); err == nil {
			return c.Text
		}
		return ""
	}
	if r, err := u.svc.Archives.ArchiveRecord(u.ctx(), targetID); err == nil {
		return r.Text
	}
	return ""
}

// takenBackText explains a dismissal (linked: a link) of claimID that
// Undo, Suggest again or Not the same after all found no longer there.
func (u *ui) takenBackText(err error, claimID, kind, targetID string, linked bool) string {
	if claims.ErrorCode(err) != claims.ENOTFOUND {
		return ""
	}
	text := u.targetText(kind, targetID)
	now, ok := u.pairNow(claimID, kind, targetID)
	switch {
	case !ok || text == "":
		return ""
	case !linked && now == "linked":
		return fmt.Sprintf(lang.L("“%s” was linked as the same claim meanwhile, which took its dismissal back."), clipConflict(text))
	case !linked && now == "":
		return fmt.Sprintf(lang.L("The dismissal of “%s” was taken back meanwhile: it is suggested again."), clipConflict(text))
	case linked && now != "linked":
		return fmt.Sprintf(lang.L("The link to “%s” was taken back meanwhile."), clipConflict(text))
	case linked && !linkedNow(u, claimID, kind, targetID):
		return fmt.Sprintf(lang.L("The link to “%s” was taken back meanwhile, but the two are still the same through other claims linked to this one. To part them, take back one of those links (Linked as the same, Not the same after all)."), clipConflict(text))
	}
	return ""
}

// dismissRefusedText explains a Not the same refused because the pair was
// linked as the same claim meanwhile (directly or through the group).
func (u *ui) dismissRefusedText(err error, claimID, kind, targetID string) string {
	if claims.ErrorCode(err) != claims.ECONFLICT {
		return ""
	}
	text := u.targetText(kind, targetID)
	if now, ok := u.pairNow(claimID, kind, targetID); !ok || now != "linked" || text == "" {
		return ""
	}
	return fmt.Sprintf(lang.L("“%s” was linked as the same claim as this one meanwhile (to it, or to a claim linked to it), so it was not dismissed. If they are not the same after all, take back the link that joins them (Seen before, Linked as the same, Not the same after all) and dismiss it then."), clipConflict(text))
}

// linkedNow reports whether claimID and the target are linked to each
// other (not only through the group); true when that cannot be read.
func linkedNow(u *ui, claimID, kind, targetID string) bool {
	ls, err := u.svc.Archives.Links(u.ctx(), claimID)
	if err != nil {
		return true
	}
	for _, l := range ls {
		if l.Kind == kind && l.TargetID == targetID {
			return true
		}
	}
	return false
}
