package main

import (
	"testing"

	"claimdesk/claims/match"
)

func TestSplitFold(t *testing.T) {
	s := &set{name: "x"}
	for i := 0; i < 12; i++ {
		s.queries = append(s.queries, query{nrel: i})
	}
	seen := map[int]int{}
	for f := 0; f < folds; f++ {
		in, out := splitFold([]*set{s}, f)
		if len(in[0].queries)+len(out[0].queries) != 12 {
			t.Fatalf("fold %d loses queries", f)
		}
		for _, q := range out[0].queries {
			seen[q.nrel]++
			if q.nrel%folds != f {
				t.Fatalf("query %d in fold %d", q.nrel, f)
			}
		}
	}
	if len(seen) != 12 {
		t.Fatalf("%d of 12 queries were held out once", len(seen))
	}
	for q, n := range seen {
		if n != 1 {
			t.Fatalf("query %d held out %d times", q, n)
		}
	}
}

func TestLevelThreshold(t *testing.T) {
	var tops []top
	for i := 0; i < 10; i++ { // ten right, p 1.00 … 0.55
		tops = append(tops, top{1 - float64(i)*0.05, true, 1})
	}
	// then wrong at 0.50, right at 0.45, and wrong from 0.40 down to 0.00
	tops = append(tops, top{0.50, false, 1}, top{0.45, true, 1})
	for i := 0; i <= 8; i++ {
		tops = append(tops, top{0.40 - float64(i)*0.05, false, 1})
	}
	// 11 of 12 right from 0.45 (0.917), 11 of 13 from 0.40 (0.846): 0.45 for 90 %
	if got := levelThreshold(tops, 0.9); got != 0.45 {
		t.Errorf("threshold at 90 %% = %g, want 0.45", got)
	}
	// 11 of 21 right from 0.05 (0.524), 11 of 22 from 0.00 (0.5): 0 for 50 %
	if got := levelThreshold(tops, 0.5); got > 1e-9 {
		t.Errorf("threshold at 50 %% = %g, want 0", got)
	}
	if got := levelThreshold(tops, 1.01); got != 1 {
		t.Errorf("an unreachable precision gave %g, want 1", got)
	}
	// weighted: the wrong top at 0.50 weighs 3, so 10 of 13 from 0.50 and
	// 11 of 14 from 0.45 (0.786) stay below 90 %: 0.55
	tops[10].w = 3
	if got := levelThreshold(tops, 0.9); got != 0.55 {
		t.Errorf("weighted threshold at 90 %% = %g, want 0.55", got)
	}
}

func TestChoosePrefersFewerCandidatesWithinTolerance(t *testing.T) {
	m0, m20, m30 := &match.Model{Candidates: 100}, &match.Model{Candidates: 100}, &match.Model{Candidates: 100}
	got := choose([]choice{{m0, 0, 0.7017}, {m20, 20, 0.7000}, {m30, 30, 0.6990}})
	if got != m20 {
		t.Errorf("chose %p, want the 20-candidate model (within %g of the best)", got, speedTolerance)
	}
	if got := choose([]choice{{m0, 0, 0.7017}, {m30, 30, 0.6990}}); got != m0 {
		t.Errorf("chose %p, want the best: the faster one is %g behind", got, 0.7017-0.6990)
	}
}
