package app

import (
	"strings"
	"testing"
)

// TestStatusBarMovesWithCounts: the counts on the left of the status line
// arrive from the store after a message beside them (on a shared server
// the start check is quicker than the counts); the message must then move
// right of them, not be drawn over them (seen on PostgreSQL with the pairs'
// message).
func TestStatusBarMovesWithCounts(t *testing.T) {
	f := newScenarioIn(t, "de")
	f.addClaim("Die Mieten stiegen 2024 um 7 Prozent.")
	s := f.s
	f.do(func() { s.counts.SetText(""); s.statusBar.Refresh() })
	f.do(func() { s.showStatus(strings.Repeat("Eine lange Meldung ", 20)) })
	f.do(s.refreshCounts)
	f.wait()
	countsEnd := s.counts.Position().X + s.counts.MinSize().Width
	if s.counts.Text == "" || s.location.Position().X < countsEnd {
		t.Errorf("the message starts at x=%.0f, over the counts %q that end at x=%.0f", s.location.Position().X, s.counts.Text, countsEnd)
	}
}
