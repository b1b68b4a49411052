package match

import (
	"context"

	"claimdesk/claims"
)

// Known returns the earlier checks not to suggest for claimID, by
// claims.TargetKey: those dismissed for it (either way round, for two
// claims) and those it is the same claim as already — linked to it, or in
// its group through other links (X linked to Y and Y to Z: Z is no
// earlier check to offer X again, and "not the same" would be refused).
// same is the latter alone (Same).
func Known(ctx context.Context, a claims.ArchiveService, claimID string) (known, same map[string]bool, err error) {
	known, err = a.Dismissed(ctx, claimID)
	if err != nil {
		return nil, nil, err
	}
	if known == nil {
		known = map[string]bool{}
	}
	links, err := a.Links(ctx, claimID)
	if err != nil {
		return nil, nil, err
	}
	for _, l := range links {
		known[claims.TargetKey(l.Kind, l.TargetID)] = true
	}
	if same, err = Same(ctx, a, claimID); err != nil {
		return nil, nil, err
	}
	for k := range same {
		known[k] = true
	}
	return known, same, nil
}

// Same returns, by claims.TargetKey, the desk claims and archive records
// claimID is the same claim as: linked to it or in its group through
// other links.
func Same(ctx context.Context, a claims.ArchiveService, claimID string) (map[string]bool, error) {
	g, err := a.Group(ctx, claimID)
	if err != nil {
		return nil, err
	}
	same := map[string]bool{}
	for _, id := range g.ClaimIDs {
		same[claims.TargetKey(claims.TargetClaim, id)] = true
	}
	for _, id := range g.RecordIDs {
		same[claims.TargetKey(claims.TargetRecord, id)] = true
	}
	return same, nil
}
