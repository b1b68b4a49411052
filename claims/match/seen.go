package match

import (
	"context"

	"claimdesk/claims"
)

// Seen matches claims against everything checked before: the archive
// records and the desk's claims with a verdict, as MatchTargets returns
// them. Build it once (indexing is the slow part) and rebuild it after an
// import or a new verdict.
type Seen struct {
	targets []*claims.MatchTarget
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
		docs[i] = Doc{Text: t.Text, Title: t.Title, Claimant: t.Claimant}
	}
	return &Seen{targets: targets, m: NewMatcher(docs, model)}
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
func (s *Seen) Len() int { return len(s.targets) }

// Find returns up to top earlier checks of q, best first, leaving out the
// claim itself (claimID, may be "") and the targets dismissed for it
// (keys of claims.TargetKey). With all false, matches below "possibly"
// are left out too.
func (s *Seen) Find(q Query, claimID string, dismissed map[string]bool, top int, all bool) []SeenMatch {
	skip := func(d int) bool {
		t := s.targets[d]
		return (t.Kind == claims.TargetClaim && t.ID == claimID) || dismissed[claims.TargetKey(t.Kind, t.ID)]
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
