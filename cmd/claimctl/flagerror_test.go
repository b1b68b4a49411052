package main

import "testing"

// A word or number that starts with - ("search -5 Prozent") is told to go
// after --, not reported as an unknown flag "--5"; a mistyped flag still is.
func TestFlagErrorDashWord(t *testing.T) {
	db := newDB(t)
	wantOneLineError(t, claimctl(t, db, "search", "-5", "Prozent"), "-5 is not a flag; put -- before words that start with - (claimctl search -- -5 …)")
	wantOneLineError(t, claimctl(t, db, "match", "-3,5", "Prozent"), "-3,5 is not a flag")
	wantOneLineError(t, claimctl(t, db, "search", "--limt", "3", "Prozent"), "unknown flag --limt (see claimctl search --help)")
	mustRun(t, db, "search", "--", "-5", "Prozent")
}
