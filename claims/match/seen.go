package match

import (
	"context"
	"sync"

	"claimdesk/claims"
)

// Seen matches claims against everything checked before: the archive
// records and the desk's claims with a verdict, as MatchTargets returns
// them. Build it once (indexing is the slow part); after an import, a
// removal or a new verdict, Sync brings it up to date in place.
type Seen struct {
	mu      sync.RWMutex
	targets []*claims.MatchTarget // by document number; nil once removed
	byKey   map[string]int        // TargetKey → document number
	live    int
	m       *Matcher
}

// SeenMatch is one earlier check of a claim.
type SeenMatch struct {
	Target  *claims.MatchTarget `json:"target"`
	Prob    float64             `json:"probability"`
	Level   Level               `json:"level"`
	Reasons []Reason            `json:"reasons"`
}

// NewSeen indexes targets and re-ranks with model (nil: Default()).
func NewSeen(targets []*claims.MatchTarget, model *Model) *Seen {
	if model == nil {
		model = Default()
	}
	docs := make([]Doc, len(targets))
	for i, t := range targets {
		docs[i] = targetDoc(t)
	}
	s := &Seen{byKey: map[string]int{}, m: NewMatcher(docs, model)}
	for i, t := range targets {
		s.put(i, t)
	}
	return s
}

// targetDoc returns the document the matcher ranks for target t.
func targetDoc(t *claims.MatchTarget) Doc {
	return Doc{Text: t.Text, Title: t.Title, Claimant: t.Claimant, Date: t.ClaimDate}
}

// put records target t as document d, replacing a target of the same key.
func (s *Seen) put(d int, t *claims.MatchTarget) {
	for len(s.targets) <= d {
		s.targets = append(s.targets, nil)
	}
	s.targets[d] = t
	s.byKey[claims.TargetKey(t.Kind, t.ID)] = d
	s.live++
}

// LoadSeen builds a Seen from the archive service.
func LoadSeen(ctx context.Context, a claims.ArchiveService) (*Seen, error) {
	ts, err := a.MatchTargets(ctx)
	if err != nil {
		return nil, err
	}
	return NewSeen(ts, nil), nil
}

// Len returns the number of earlier checks indexed.
func (s *Seen) Len() int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.live
}

// LenWithout returns the number of earlier checks indexed, leaving out the
// claim claimID itself (a claim with a verdict is indexed too): what Find
// compares that claim with, before dismissals.
func (s *Seen) LenWithout(claimID string) int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	n := s.live
	if d, ok := s.byKey[claims.TargetKey(claims.TargetClaim, claimID)]; ok && s.targets[d] != nil {
		n--
	}
	return n
}

// Find returns up to top earlier checks of q, best first, leaving out the
// claim itself (claimID, may be "") and the targets dismissed for it
// (keys of claims.TargetKey). With all false, matches below "possibly"
// are left out too.
func (s *Seen) Find(q Query, claimID string, dismissed map[string]bool, top int, all bool) []SeenMatch {
	s.mu.RLock()
	defer s.mu.RUnlock()
	skip := func(d int) bool {
		t := s.targets[d]
		return t == nil || (t.Kind == claims.TargetClaim && t.ID == claimID) || dismissed[claims.TargetKey(t.Kind, t.ID)]
	}
	var out []SeenMatch
	for _, r := range s.m.Rank(q, top, skip) {
		if !all && r.Level == LevelNone {
			continue
		}
		out = append(out, SeenMatch{Target: s.targets[r.Doc], Prob: r.Prob, Level: r.Level, Reasons: r.Reasons})
	}
	return out
}
