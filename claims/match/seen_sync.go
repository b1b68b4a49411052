package match

import (
	"context"

	"claimdesk/claims"
)

// SyncResult counts what Sync changed in the index.
type SyncResult struct {
	Added, Removed, Changed, Kept int
}

// Sync brings s up to date with targets, the current MatchTargets: targets
// no longer there are removed from the index, new ones added, and those
// whose matched content (text, title, claimant, date) changed are indexed
// again; the others are kept as they are (their verdict and provenance
// are refreshed without indexing). Only what changed is indexed.
func (s *Seen) Sync(targets []*claims.MatchTarget) (SyncResult, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var res SyncResult
	now := make(map[string]bool, len(targets))
	var add []*claims.MatchTarget
	var remove []int
	for _, t := range targets {
		key := claims.TargetKey(t.Kind, t.ID)
		if now[key] {
			continue // a duplicate key: the first counts
		}
		now[key] = true
		d, ok := s.byKey[key]
		switch {
		case !ok:
			add = append(add, t)
			res.Added++
		case !sameDoc(targetDoc(s.targets[d]), targetDoc(t)):
			remove, add = append(remove, d), append(add, t)
			res.Changed++
		default:
			s.targets[d] = t
			res.Kept++
		}
	}
	for key, d := range s.byKey {
		if !now[key] {
			remove = append(remove, d)
			res.Removed++
		}
	}
	if err := s.m.Remove(remove); err != nil {
		return SyncResult{}, err
	}
	for _, d := range remove {
		delete(s.byKey, claims.TargetKey(s.targets[d].Kind, s.targets[d].ID))
		s.targets[d] = nil
		s.live--
	}
	docs := make([]Doc, len(add))
	for i, t := range add {
		docs[i] = targetDoc(t)
	}
	first, err := s.m.Add(docs)
	if err != nil {
		return SyncResult{}, err
	}
	for i, t := range add {
		s.put(first+i, t)
	}
	return res, nil
}

// Reload reads the current targets from the archive service and syncs s
// with them.
func (s *Seen) Reload(ctx context.Context, a claims.ArchiveService) (SyncResult, error) {
	ts, err := a.MatchTargets(ctx)
	if err != nil {
		return SyncResult{}, err
	}
	return s.Sync(ts)
}

// sameDoc reports whether two documents are matched alike.
func sameDoc(a, b Doc) bool {
	return a.Text == b.Text && a.Title == b.Title && a.Claimant == b.Claimant && a.Date.Equal(b.Date)
}
