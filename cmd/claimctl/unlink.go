package main

import (
	"context"
	"fmt"
	"io"
	"text/tabwriter"

	"claimdesk/claims"
)

// init registers unlink and links.
func init() {
	register(&command{name: "unlink", summary: "take back a link (link): the claim and the earlier check are no longer the same", run: runUnlink})
	register(&command{name: "links", summary: "list the links made to or from a claim, with who made them and when", run: runLinks})
}

// runUnlink runs "unlink": it takes back a link between a claim and an
// earlier check.
func runUnlink(ctx context.Context, e *env, args []string) error {
	claimID, target, _, svc, err := pairArgs(e, "unlink",
		"Takes back a link made with link (or \"Link (same claim)\" in the window).\nThe group splits only where no other link holds it together: other claims\nand records linked to each other stay linked. A verdict the link copied\nstays the claim's conclusion (change it with claim set). The history of the\nclaim (of both, for two claims) records it, with whose link it was.", args, false)
	if err != nil {
		return err
	}
	kind, err := targetKind(ctx, svc, target)
	if err != nil {
		return err
	}
	if err := svc.Archives.Unlink(e.withActor(ctx), claimID, kind, target); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Claim %s is no longer linked to %s %s.\n", claimID, kind, target)
	g, err := svc.Archives.Group(ctx, claimID)
	if err != nil {
		return err
	}
	if inGroup(g, kind, target) {
		fmt.Fprintf(e.stderr, "claimctl unlink: note: they are still in one group through other links (claimctl links %s lists them)\n", claimID)
	}
	if evs, err := svc.History.ClaimHistory(ctx, claimID); err == nil && claims.CopiedVerdictStays(evs, kind, target) {
		fmt.Fprintf(e.stderr, "claimctl unlink: note: the verdict copied from %s %s stays the claim's (claimctl claim set %s changes it)\n", kind, target, claimID)
	}
	return nil
}

// inGroup reports whether the target is in group g.
func inGroup(g *claims.Group, kind, target string) bool {
	ids := g.RecordIDs
	if kind == claims.TargetClaim {
		ids = g.ClaimIDs
	}
	for _, id := range ids {
		if id == target {
			return true
		}
	}
	return false
}

// runLinks runs "links": it lists the links made to or from a claim,
// newest first.
func runLinks(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "links", "CLAIM_ID", "Lists the links made to or from a claim — archive records and other claims —\nnewest first, with who made each and when; unlink takes one back.")
	format := formatFlag(fs, "text", "text", "json")
	claimID, err := parseOneArg(fs, args, "claim ID")
	if err != nil {
		return err
	}
	f, err := format()
	if err != nil {
		return err
	}
	svc, err := e.services()
	if err != nil {
		return err
	}
	ls, err := svc.Archives.Links(ctx, claimID)
	if err != nil {
		return err
	}
	if f == "json" {
		return writeJSONList(e.stdout, ls)
	}
	if len(ls) == 0 {
		fmt.Fprintln(e.stdout, "No links: the claim is not linked to an earlier check (claimctl link makes one).")
		return nil
	}
	writeLinks(e.stdout, ls)
	return nil
}

// writeLinks writes one line per link: kind, ID, who and when, the text.
func writeLinks(w io.Writer, ls []*claims.PairLink) {
	tw := tabwriter.NewWriter(w, 0, 2, 2, ' ', 0)
	for _, l := range ls {
		when := "time not recorded"
		if !l.At.IsZero() {
			when = l.At.UTC().Format(historyTime)
		}
		by := l.By
		if by == "" {
			by = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", l.Kind, l.TargetID, by, when, oneLine(l.Text))
	}
	tw.Flush()
}
