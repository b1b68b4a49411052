package main

import (
	"context"
	"fmt"

	"claimdesk/claims"
)

// init registers link, dismiss and undismiss.
func init() {
	register(&command{name: "link", summary: "link a claim to an earlier check (same claim); optionally copy its verdict", run: runLink})
	register(&command{name: "dismiss", summary: "mark a suggested earlier check as not the same claim; never suggested again", run: runDismiss})
	register(&command{name: "undismiss", summary: "take back a dismissal (dismiss): the earlier check is suggested again", run: runUndismiss})
}

// targetKind tells whether id is an archive record or a claim.
func targetKind(ctx context.Context, svc *claims.Services, id string) (string, error) {
	_, err := svc.Archives.ArchiveRecord(ctx, id)
	if err == nil {
		return claims.TargetRecord, nil
	}
	if claims.ErrorCode(err) != claims.ENOTFOUND {
		return "", err
	}
	if _, err := svc.Claims.FindClaimByID(ctx, id); err != nil {
		return "", claims.Errorf(claims.ENOTFOUND, "%s is neither an archive record nor a claim.", id)
	}
	return claims.TargetClaim, nil
}

// pairArgs parses the flags and the two IDs of a command on a claim and an
// earlier check (copyFlag adds --copy-verdict) and opens the services.
func pairArgs(e *env, name, summary string, args []string, copyFlag bool) (claimID, target string, copyVerdict bool, svc *claims.Services, err error) {
	fs := newFlags(e, name, "CLAIM_ID TARGET_ID", summary)
	cp := new(bool)
	if copyFlag {
		cp = fs.Bool("copy-verdict", false, "copy the earlier verdict into the claim, with its URL as a source")
	}
	pos, err := parseFlags(fs, args)
	if err != nil {
		return "", "", false, nil, err
	}
	if len(pos) != 2 {
		return "", "", false, nil, usagef("give the claim ID and the ID of the record or claim it matched (see claimctl match)")
	}
	svc, err = e.services()
	return pos[0], pos[1], *cp, svc, err
}

// runLink runs "link": it links a claim to an earlier check as the same
// claim, copying its verdict with --copy-verdict.
func runLink(ctx context.Context, e *env, args []string) error {
	claimID, target, cp, svc, err := pairArgs(e, "link",
		"Links a claim to an earlier check — an archive record or another claim — as\nthe same claim: they then share a group. With --copy-verdict the earlier\nverdict is copied, its URL added as a source, and the history says where it\ncame from.", args, true)
	if err != nil {
		return err
	}
	kind, err := targetKind(ctx, svc, target)
	if err != nil {
		return err
	}
	dismissed, err := svc.Archives.Dismissed(ctx, claimID)
	if err != nil {
		return err
	}
	err = svc.Archives.Link(e.withActor(ctx), claims.LinkRequest{ClaimID: claimID, Kind: kind, TargetID: target, CopyVerdict: cp})
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Linked claim %s to %s %s.\n", claimID, kind, target)
	if dismissed[claims.TargetKey(kind, target)] {
		fmt.Fprintf(e.stderr, "claimctl link: note: the pair had been dismissed as not the same; that dismissal is removed (claimctl history %s says whose it was)\n", claimID)
	}
	return nil
}

// runDismiss runs "dismiss": it records that a claim and a suggested
// earlier check are not the same claim.
func runDismiss(ctx context.Context, e *env, args []string) error {
	claimID, target, _, svc, err := pairArgs(e, "dismiss",
		"Records that a claim and a suggested earlier check are not the same claim;\nthe pair is never suggested again. A pair linked as the same claim is refused.\nLinking a dismissed pair later (link) removes the dismissal, in the history;\nundismiss takes it back.", args, false)
	if err != nil {
		return err
	}
	kind, err := targetKind(ctx, svc, target)
	if err != nil {
		return err
	}
	if err := svc.Archives.Dismiss(e.withActor(ctx), claimID, kind, target); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Claim %s and %s %s are not the same; not suggested again.\n", claimID, kind, target)
	return nil
}

// runUndismiss runs "undismiss": it takes back a dismissal.
func runUndismiss(ctx context.Context, e *env, args []string) error {
	claimID, target, _, svc, err := pairArgs(e, "undismiss",
		"Takes back a dismissal made with dismiss (or \"Not the same\" in the window):\nthe earlier check is suggested again. The history of the claim (of both, for\ntwo claims) records it, with whose dismissal it was.", args, false)
	if err != nil {
		return err
	}
	kind, err := targetKind(ctx, svc, target)
	if err != nil {
		return err
	}
	if err := svc.Archives.Undismiss(e.withActor(ctx), claimID, kind, target); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Claim %s and %s %s are no longer dismissed; suggested again.\n", claimID, kind, target)
	return nil
}
