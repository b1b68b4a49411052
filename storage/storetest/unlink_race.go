package storetest

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"

	"claimdesk/claims"
)

// testUnlinkRace: checkers link, dismiss and take back links and
// dismissals among a few claims and records at the same moment. Every call
// either goes through or is refused with ENOTFOUND (the pair was not
// linked or dismissed, or linked only through others) or, dismissing a
// linked pair, ECONFLICT; no pair ends both linked and dismissed, and
// afterwards each claim's group is exactly what its remaining links join:
// no group kept together by a link taken back, none split while a link
// still holds it, and no record left with a group none of whose claims is
// linked to it.
func testUnlinkRace(t *testing.T, open Opener) {
	s := open(t)
	ts := exampleTargets(t, s)
	var ids []string
	for i := range 5 {
		ids = append(ids, mustClaim(t, s, &claims.Claim{Text: fmt.Sprintf("Claim %d", i)}).ID)
	}
	records := []string{ts[0].ID, ts[1].ID}
	var wg sync.WaitGroup
	errs := make(chan error, 4*30)
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(uint64(w), 35))
			for range 30 {
				errs <- raceStep(s, rng, ids, records)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if code := claims.ErrorCode(err); err != nil && code != claims.ENOTFOUND && code != claims.ECONFLICT {
			t.Errorf("link, dismiss or taking back: %v (code %s)", err, code)
		}
	}
	wantNoBoth(t, s)
	wantGroupsFromLinks(t, s, ids)
}

// raceStep links, unlinks, dismisses or undismisses one random pair of a
// claim and a claim or record, as a random one of two checkers.
func raceStep(s claims.Services, rng *rand.Rand, ids, records []string) error {
	actor := []string{actorAnna, actorBen}[rng.IntN(2)]
	a := ids[rng.IntN(len(ids))]
	kind, target := claims.TargetRecord, records[rng.IntN(len(records))]
	if rng.IntN(3) > 0 {
		kind, target = claims.TargetClaim, ids[rng.IntN(len(ids))]
		if target == a {
			return nil
		}
	}
	switch rng.IntN(6) {
	case 0, 1:
		return s.Archives.Link(ctxAs(actor), claims.LinkRequest{ClaimID: a, Kind: kind, TargetID: target})
	case 2, 3:
		return s.Archives.Unlink(ctxAs(actor), a, kind, target)
	case 4:
		return s.Archives.Dismiss(ctxAs(actor), a, kind, target)
	}
	return s.Archives.Undismiss(ctxAs(actor), a, kind, target)
}

// wantGroupsFromLinks fails unless the group of each claim of ids holds
// exactly the claims its links to claims join it to (Links, read as a
// graph; a record never joins claims, docs/seen-before.md) and the records
// linked to any of them.
func wantGroupsFromLinks(t *testing.T, s claims.Services, ids []string) {
	t.Helper()
	joined, records := map[string][]string{}, map[string][]string{}
	for _, id := range ids {
		ls, err := s.Archives.Links(ctxAs(actorAnna), id)
		noErr(t, err, "Links")
		for _, l := range ls {
			if l.Kind == claims.TargetRecord {
				records[id] = append(records[id], l.TargetID)
				continue
			}
			joined[id] = append(joined[id], l.TargetID)
			joined[l.TargetID] = append(joined[l.TargetID], id)
		}
	}
	for _, id := range ids {
		seen := map[string]bool{id: true}
		var others, recs []string
		for queue := []string{id}; len(queue) > 0; queue = queue[1:] {
			for _, r := range records[queue[0]] {
				if !slices.Contains(recs, r) {
					recs = append(recs, r)
				}
			}
			for _, n := range joined[queue[0]] {
				if !seen[n] {
					seen[n] = true
					others = append(others, n)
					queue = append(queue, n)
				}
			}
		}
		wantGroup(t, s, id, others, recs)
	}
}
