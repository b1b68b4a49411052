package main

import (
	"path/filepath"
	"testing"
)

// An --article filter naming no article is an error, as in export, not an
// empty list a script would take for "no claims".
func TestClaimsArticleNotFound(t *testing.T) {
	db := newDB(t)
	id := mustID(t, db, "import", writeFile(t, t.TempDir(), "a.txt", testArticle))
	mustRun(t, db, "claims", "--article", id)
	mustRun(t, db, "search", "--article", id, "Windkraft")
	wantOneLineError(t, claimctl(t, db, "claims", "--article", id[:8]), "was not found")
	wantOneLineError(t, claimctl(t, db, "search", "--article", "nope", "Windkraft"), "was not found")
}

// article suggest and accept refuse a --threshold no score can reach.
func TestSuggestThresholdRange(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	id := mustID(t, db, "import", writeFile(t, t.TempDir(), "a.txt", testArticle))
	mustRun(t, db, "article", "suggest", id, "--threshold", "0")
	for _, bad := range []string{"50", "-0.1", "NaN"} {
		wantOneLineError(t, claimctl(t, db, "article", "suggest", id, "--threshold", bad), "out of range")
		wantOneLineError(t, claimctl(t, db, "article", "accept", id, "1", "--threshold", bad), "out of range")
	}
}
