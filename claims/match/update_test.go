package match

import (
	"math"
	"testing"

	"claimdesk/claims"
)

// TestIndexUpdatesInPlace: an index that had documents added and removed
// scores every query exactly as an index built afresh from the documents
// left.
func TestIndexUpdatesInPlace(t *testing.T) {
	docs := synthDocs(400, 7)
	texts := func(ds []Doc) []string {
		out := make([]string, len(ds))
		for i, d := range ds {
			out[i] = d.Text + " " + d.Title
		}
		return out
	}
	ix := NewIndexBM25(texts(docs[:300]), 0.8, 0.75)
	if first := ix.Add(texts(docs[300:])); first != 300 {
		t.Fatalf("Add numbered the first new document %d, want 300", first)
	}
	var gone []int
	var kept []int // document numbers in ix of the documents left
	for d := range docs {
		if d%3 == 0 {
			gone = append(gone, d)
		} else {
			kept = append(kept, d)
		}
	}
	ix.Remove(gone[:50])
	ix.Remove(gone[50:])
	ix.Remove(gone[:3]) // removing again changes nothing
	var left []Doc
	for _, d := range kept {
		left = append(left, docs[d])
	}
	fresh := NewIndexBM25(texts(left), 0.8, 0.75)
	for _, q := range synthDocs(40, 8) {
		got, want := ix.Candidates(q.Text, 20), fresh.Candidates(q.Text, 20)
		if len(got) != len(want) {
			t.Fatalf("%d hits after updates, %d from a fresh index", len(got), len(want))
		}
		for i := range got {
			if kept[want[i].Doc] != got[i].Doc || math.Abs(got[i].Score-want[i].Score) > 1e-9 {
				t.Fatalf("hit %d: doc %d score %g after updates, doc %d score %g fresh", i,
					got[i].Doc, got[i].Score, kept[want[i].Doc], want[i].Score)
			}
		}
	}
	if ix.IDF("w1") != fresh.IDF("w1") {
		t.Errorf("idf after updates %g, fresh %g", ix.IDF("w1"), fresh.IDF("w1"))
	}
}

func TestMatcherAddNeedsUpdater(t *testing.T) {
	m := NewMatcherWith(fixedRetriever{}, nil, nil)
	if _, err := m.Add([]Doc{{Text: "x"}}); err != ErrNotUpdatable {
		t.Fatalf("Add on a fixed retriever: %v", err)
	}
}

type fixedRetriever struct{}

func (fixedRetriever) Candidates(string, int) []Hit { return nil }
func (fixedRetriever) IDF(string) float64           { return 1 }

func target(id, text string) *claims.MatchTarget {
	return &claims.MatchTarget{Kind: claims.TargetRecord, ID: id, Text: text, Verdict: "false"}
}

// TestSeenSync: after Sync, Find answers as a Seen built afresh from the
// same targets, and only what changed was indexed.
func TestSeenSync(t *testing.T) {
	s := NewSeen([]*claims.MatchTarget{
		target("r1", "The governor cut the prison population by 40 percent."),
		target("r2", "The new bridge in Millbrook cost 350 million dollars."),
		target("r3", "Unemployment in Ohio is at its lowest in 17 years."),
	}, nil)
	now := []*claims.MatchTarget{
		target("r1", "The governor cut the prison population by 40 percent."),
		target("r2", "The new tunnel in Millbrook cost 900 million dollars."),
		target("r4", "Wind turbines kill more birds than cats do."),
	}
	now[0].Verdict = "true" // not matched on: kept, with the new verdict
	res, err := s.Sync(now)
	if err != nil {
		t.Fatal(err)
	}
	if res != (SyncResult{Added: 1, Removed: 1, Changed: 1, Kept: 1}) {
		t.Fatalf("Sync = %+v", res)
	}
	if s.Len() != 3 {
		t.Fatalf("Len = %d after Sync, want 3", s.Len())
	}
	fresh := NewSeen(now, nil)
	for _, q := range []string{"prison population cut by 40 percent", "Millbrook bridge 350 million",
		"Millbrook tunnel cost", "unemployment Ohio 17 years", "birds killed by wind turbines"} {
		got := s.Find(Query{Text: q}, "", nil, 3, true)
		want := fresh.Find(Query{Text: q}, "", nil, 3, true)
		if len(got) != len(want) {
			t.Fatalf("%q: %d matches after Sync, %d fresh", q, len(got), len(want))
		}
		for i := range got {
			if got[i].Target.ID != want[i].Target.ID || math.Abs(got[i].Prob-want[i].Prob) > 1e-9 {
				t.Fatalf("%q match %d: %s %.4f after Sync, %s %.4f fresh", q, i,
					got[i].Target.ID, got[i].Prob, want[i].Target.ID, want[i].Prob)
			}
		}
	}
	if got := s.Find(Query{Text: "prison population cut by 40 percent"}, "", nil, 1, true); got[0].Target.Verdict != "true" {
		t.Errorf("kept target's verdict = %q, want the new one", got[0].Target.Verdict)
	}
}

// TestSeenSyncWhileFinding: lookups and in-place updates may run at the
// same time (the reader looks up in the background while an import syncs);
// run with -race.
func TestSeenSyncWhileFinding(t *testing.T) {
	a := []*claims.MatchTarget{target("r1", "The governor cut the prison population by 40 percent."),
		target("r2", "The new bridge in Millbrook cost 350 million dollars.")}
	b := []*claims.MatchTarget{a[0], target("r3", "Wind turbines kill more birds than cats do.")}
	s := NewSeen(a, nil)
	done := make(chan bool)
	go func() {
		for i := 0; i < 50; i++ {
			next := a
			if i%2 == 0 {
				next = b
			}
			if _, err := s.Sync(next); err != nil {
				t.Error(err)
			}
		}
		close(done)
	}()
	for {
		select {
		case <-done:
			if got := s.Find(Query{Text: "prison population 40 percent"}, "", nil, 1, true); len(got) == 0 || got[0].Target.ID != "r1" {
				t.Fatalf("after the syncs: %+v", got)
			}
			return
		default:
			for _, m := range s.Find(Query{Text: "Millbrook bridge birds turbines"}, "", nil, 3, true) {
				if m.Target == nil {
					t.Fatal("a match without its target")
				}
			}
		}
	}
}

// TestSeenLenWithout: a claim with a verdict is indexed, and is not counted
// among what it is compared with; a record of the same id is.
func TestSeenLenWithout(t *testing.T) {
	own := &claims.MatchTarget{Kind: claims.TargetClaim, ID: "c1", Text: "Bus fares in Millbrook rose by 12 percent.", Verdict: "true"}
	s := NewSeen([]*claims.MatchTarget{own, target("c2", "The Millbrook library closes on Sundays.")}, nil)
	if got := s.LenWithout("c1"); got != 1 {
		t.Fatalf("LenWithout(own claim) = %d, want 1", got)
	}
	if got := s.LenWithout("c2"); got != 2 {
		t.Fatalf("LenWithout(an id only a record has) = %d, want 2", got)
	}
	if _, err := s.Sync([]*claims.MatchTarget{target("c2", "The Millbrook library closes on Sundays.")}); err != nil {
		t.Fatal(err)
	}
	if got := s.LenWithout("c1"); got != 1 {
		t.Fatalf("LenWithout after the claim lost its verdict = %d, want 1", got)
	}
}
