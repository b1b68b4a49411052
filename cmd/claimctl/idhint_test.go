package main

import (
	"strings"
	"testing"
)

// A not-found error for the start of an ID says that IDs are whole; one
// for a whole ID or a name does not.
func TestIDHint(t *testing.T) {
	db := newDB(t)
	id := mustID(t, db, "claim", "add", "--text", "Die Zahl der Windräder stieg um 412.")
	for _, args := range [][]string{{"claim", "show", id[:8]}, {"history", id[:13]}, {"claim", "set", id[:23], "--status", "new"}} {
		wantOneLineError(t, claimctl(t, db, args...), "Give the whole ID (36 characters")
	}
	whole := id[:35] + "0"
	if whole == id {
		whole = id[:35] + "1"
	}
	for _, args := range [][]string{{"claim", "show", whole}, {"scale", "use", "nope"}} {
		if r := claimctl(t, db, args...); r.code != 2 || strings.Contains(r.stderr, "whole ID") {
			t.Errorf("claimctl %s: exit %d, stderr %q", strings.Join(args, " "), r.code, r.stderr)
		}
	}
}
