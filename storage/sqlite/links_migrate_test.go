package sqlite_test

import (
	"path/filepath"
	"slices"
	"testing"

	"claimdesk/claims"
	"claimdesk/storage/sqlite"
)

// TestLinksMigrated: a group linked before links were kept pair by pair
// (0010_links.sql) counts each of its claims as linked to every other, so
// taking one link back parts no one; the history names the author and time
// of a pair linked to each other (from its linked entry) and says they were
// not recorded for a pair that only shared the group.
func TestLinksMigrated(t *testing.T) {
	path := filepath.Join(t.TempDir(), "claimdesk.db")
	db, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s := db.Services()
	var ids []string
	for _, text := range []string{"Eins.", "Zwei.", "Drei."} {
		c := &claims.Claim{Text: text}
		if err := s.Claims.CreateClaim(ctx, c); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, c.ID)
	}
	for _, other := range ids[1:] {
		if err := s.Archives.Link(ctx, claims.LinkRequest{ClaimID: ids[0], Kind: claims.TargetClaim, TargetID: other}); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	rawExec(t, path, "DROP TABLE group_links", "PRAGMA user_version = 9") // as version 9 left it
	db, err = sqlite.Open(path)                                           // migrates
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	s = db.Services()
	if n := rawInt(t, path, "SELECT count(*) FROM group_links"); n != 3 {
		t.Errorf("%d links after the migration, want 3 (every pair of the three claims)", n)
	}
	if err := s.Archives.Unlink(ctx, ids[1], claims.TargetClaim, ids[0]); err != nil {
		t.Fatal(err)
	}
	g, err := s.Archives.Group(ctx, ids[1])
	if err != nil {
		t.Fatal(err)
	}
	want := []string{ids[0], ids[2]}
	slices.Sort(want)
	if !slices.Equal(g.ClaimIDs, want) {
		t.Errorf("group of the second claim = %v, want %v: still linked through the third", g.ClaimIDs, want)
	}
	evs, err := s.History.ClaimHistory(ctx, ids[1])
	if err != nil {
		t.Fatal(err)
	}
	// the first and the second claim were linked to each other: the
	// history's linked entry gives who and when
	linked := evs[len(evs)-2]
	wantOld := claims.LinkText(linked.Actor, linked.At.UTC().Format(claims.DismissalLayout))
	if e := evs[len(evs)-1]; linked.Field != claims.FieldLinked || linked.Actor == "" ||
		e.Field != claims.FieldUnlinked || e.Old != wantOld {
		t.Errorf("last events %s by %q, then %s %q; want linked, then unlinked with %q", linked.Field, linked.Actor, e.Field, e.Old, wantOld)
	}
	// the second and the third only shared the group: not recorded
	if err := s.Archives.Unlink(ctx, ids[1], claims.TargetClaim, ids[2]); err != nil {
		t.Fatal(err)
	}
	evs, err = s.History.ClaimHistory(ctx, ids[1])
	if err != nil {
		t.Fatal(err)
	}
	if e := evs[len(evs)-1]; e.Field != claims.FieldUnlinked || e.Old != claims.LinkText("", "") {
		t.Errorf("last event %s %q, want unlinked with %q", e.Field, e.Old, claims.LinkText("", ""))
	}
}
