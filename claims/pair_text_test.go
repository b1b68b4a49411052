package claims

import (
	"testing"
	"time"
)

// TestReadPairSide reads back what storage writes of a pair's side.
func TestReadPairSide(t *testing.T) {
	at := time.Date(2026, 12, 6, 11, 50, 0, 0, time.UTC)
	cases := []struct {
		v    string
		want PairSide
		ok   bool
	}{
		{PairClaimPrefix + "01a24b1e", PairSide{Claim: "01a24b1e"}, true},
		{PairRecordPrefix + `r1: https://example.org/x (archive "A", P)`, PairSide{Record: `r1: https://example.org/x (archive "A", P)`}, true},
		{DismissalText("Lea at Home", at.Format(DismissalLayout)), PairSide{By: "Lea at Home", At: at}, true},
		{LinkText("Ben", at.Format(DismissalLayout)), PairSide{Link: true, By: "Ben", At: at}, true},
		{LinkText("", ""), PairSide{Link: true}, true},
		{LinkText("Ben", "today"), PairSide{}, false},
		{"claim made twice", PairSide{}, false},
		{DismissalText("Lea", "yesterday"), PairSide{}, false},
		{"", PairSide{}, false},
	}
	for _, c := range cases {
		got, ok := ReadPairSide(c.v)
		if ok != c.ok || got.Link != c.want.Link || got.Claim != c.want.Claim || got.Record != c.want.Record || got.By != c.want.By || !got.At.Equal(c.want.At) {
			t.Errorf("ReadPairSide(%q) = %+v, %v; want %+v, %v", c.v, got, ok, c.want, c.ok)
		}
	}
}
