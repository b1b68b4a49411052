package storetest

import (
	"context"
	"strings"
	"testing"
	"time"

	"claimdesk/claims"
)

// archiveImport returns a small archive of two earlier checks.
func archiveImport(name string) *claims.ArchiveImport {
	d := time.Date(2019, 10, 22, 0, 0, 0, 0, time.UTC)
	return &claims.ArchiveImport{Name: name, Publisher: "Example Checks", Source: "checks.json", SHA256: "abc",
		Records: []*claims.ArchiveRecord{
			{Key: "https://example.org/a", Text: "Unemployment fell to 3 percent last year.", Title: "Jobs",
				Verdict: "Half True", Claimant: "The minister", ClaimDate: d, URL: "https://example.org/a",
				Publisher: "Example Checks", Language: "en"},
			{Key: "https://example.org/b", Text: "Die Mieten sind seit 2020 um 40 Prozent gestiegen.",
				Verdict: "falsch", URL: "https://example.org/b", Language: "de"},
		},
		Malformed: []claims.Malformed{{Where: "record 3", Why: "no claim text"}},
	}
}

// testArchives checks the archive service: imports (twice, invalid), match
// targets and removal, links to records and claims, and dismissals.
func testArchives(t *testing.T, open Opener) {
	ctx := context.Background()

	t.Run("ImportTwiceChangesNothing", func(t *testing.T) {
		s := open(t)
		res, err := s.Archives.ImportArchive(ctxAs(actorAnna), archiveImport("Example"))
		noErr(t, err, "ImportArchive")
		if res.Added != 2 || res.Unchanged != 0 || len(res.Malformed) != 1 || res.Archive.Records != 2 {
			t.Fatalf("first import = %+v, want 2 added, 1 malformed", res)
		}
		res, err = s.Archives.ImportArchive(ctxAs(actorAnna), archiveImport("Example"))
		noErr(t, err, "ImportArchive again")
		if res.Added != 0 || res.Updated != 0 || res.Unchanged != 2 {
			t.Fatalf("second import = %+v, want 2 unchanged", res)
		}
		res, err = s.Archives.ImportArchive(ctx, archiveImport("Same file, other name"))
		noErr(t, err, "ImportArchive under another name")
		if res.Added != 0 || res.Archive.Name != "Example" {
			t.Fatalf("same file under another name = %+v, want the first archive unchanged", res)
		}
		as, err := s.Archives.Archives(ctx)
		noErr(t, err, "Archives")
		if len(as) != 1 || as[0].Name != "Example" || as[0].Records != 2 || as[0].ImportedBy != actorAnna {
			t.Fatalf("archives = %+v, want one named Example with 2 records", as)
		}
	})

	t.Run("InvalidImportStoresNothing", func(t *testing.T) {
		s := open(t)
		imp := archiveImport("Bad")
		imp.Records = append(imp.Records, &claims.ArchiveRecord{Key: "k"})
		_, err := s.Archives.ImportArchive(ctx, imp)
		wantCode(t, err, claims.EINVALID)
		_, err = s.Archives.ImportArchive(ctx, &claims.ArchiveImport{Name: "Empty"})
		wantCode(t, err, claims.EINVALID)
		_, err = s.Archives.ImportArchive(ctx, &claims.ArchiveImport{Records: archiveImport("x").Records})
		wantCode(t, err, claims.EINVALID)
		as, err := s.Archives.Archives(ctx)
		noErr(t, err, "Archives")
		if len(as) != 0 {
			t.Fatalf("archives = %+v, want none after failed imports", as)
		}
	})

	t.Run("TargetsKeepProvenanceAndRemove", func(t *testing.T) {
		s := open(t)
		res, err := s.Archives.ImportArchive(ctx, archiveImport("Example"))
		noErr(t, err, "ImportArchive")
		mustClaim(t, s, &claims.Claim{Text: "Without a verdict."})
		checked := mustClaim(t, s, &claims.Claim{Text: "With a verdict.", Conclusion: "wrong"})
		ts, err := s.Archives.MatchTargets(ctx)
		noErr(t, err, "MatchTargets")
		if len(ts) != 3 {
			t.Fatalf("%d targets, want 2 records and 1 checked claim", len(ts))
		}
		r := ts[0]
		if r.Kind != claims.TargetRecord || r.Archive != "Example" || r.Publisher != "Example Checks" ||
			r.URL != "https://example.org/a" || r.Verdict != "Half True" || r.ClaimDate.Year() != 2019 {
			t.Fatalf("record target = %+v, want provenance kept", r)
		}
		if ts[2].Kind != claims.TargetClaim || ts[2].ID != checked.ID || ts[2].Verdict != "wrong" {
			t.Fatalf("claim target = %+v, want the checked claim", ts[2])
		}
		got, err := s.Archives.ArchiveRecord(ctx, r.ID)
		noErr(t, err, "ArchiveRecord")
		if got.Claimant != "The minister" || got.ArchiveID != res.Archive.ID {
			t.Fatalf("record = %+v", got)
		}
		noErr(t, s.Archives.RemoveArchive(ctx, res.Archive.ID), "RemoveArchive")
		wantCode(t, s.Archives.RemoveArchive(ctx, res.Archive.ID), claims.ENOTFOUND)
		_, err = s.Archives.ArchiveRecord(ctx, r.ID)
		wantCode(t, err, claims.ENOTFOUND)
		list, _, err := s.Claims.FindClaims(ctx, claims.ClaimFilter{})
		noErr(t, err, "FindClaims")
		if len(list) != 2 {
			t.Fatalf("%d claims, want the desk's 2: archive records are never claims", len(list))
		}
	})

	t.Run("LinkRecordCopiesVerdict", func(t *testing.T) {
		s := open(t)
		_, err := s.Archives.ImportArchive(ctx, archiveImport("Example"))
		noErr(t, err, "ImportArchive")
		ts, _ := s.Archives.MatchTargets(ctx)
		c := mustClaim(t, s, &claims.Claim{Text: "Unemployment fell to 3 percent."})
		req := claims.LinkRequest{ClaimID: c.ID, Kind: claims.TargetRecord, TargetID: ts[0].ID, CopyVerdict: true}
		noErr(t, s.Archives.Link(ctxAs(actorBen), req), "Link")
		got, err := s.Claims.FindClaimByID(ctx, c.ID)
		noErr(t, err, "FindClaimByID")
		if got.Conclusion != "Half True" {
			t.Fatalf("conclusion = %q, want the copied verdict", got.Conclusion)
		}
		srcs, _, err := s.Sources.FindSources(ctx, claims.SourceFilter{ClaimID: &c.ID})
		noErr(t, err, "FindSources")
		if len(srcs) != 1 || srcs[0].URL != "https://example.org/a" {
			t.Fatalf("sources = %+v, want the earlier check's URL", srcs)
		}
		evs := history(t, s, c.ID)
		last := evs[len(evs)-1]
		if last.Field != claims.FieldVerdictCopied || !strings.Contains(last.New, "https://example.org/a") ||
			!strings.Contains(last.New, "Example") || last.Actor != actorBen {
			t.Fatalf("last event = %+v, want where the verdict came from", last)
		}
		g, err := s.Archives.Group(ctx, c.ID)
		noErr(t, err, "Group")
		if len(g.RecordIDs) != 1 || g.RecordIDs[0] != ts[0].ID {
			t.Fatalf("group = %+v, want the record", g)
		}
		req.CopyVerdict = false
		noErr(t, s.Archives.Link(ctx, req), "Link again")
		if n := len(history(t, s, c.ID)); n != len(evs) {
			t.Fatalf("%d events after linking again, want %d", n, len(evs))
		}
		with, err := s.Archives.ClaimsWithEarlierCheck(ctx)
		noErr(t, err, "ClaimsWithEarlierCheck")
		if !with[c.ID] || len(with) != 1 {
			t.Fatalf("claims with earlier check = %v, want only %s", with, c.ID)
		}
		other := mustClaim(t, s, &claims.Claim{Text: "Not linked."})
		linked, _, err := s.Claims.FindClaims(ctx, claims.ClaimFilter{EarlierCheck: ptr(true)})
		noErr(t, err, "FindClaims EarlierCheck")
		if len(linked) != 1 || linked[0].ID != c.ID {
			t.Fatalf("claims with an earlier check = %d, want only the linked one", len(linked))
		}
		rest, _, err := s.Claims.FindClaims(ctx, claims.ClaimFilter{EarlierCheck: ptr(false)})
		noErr(t, err, "FindClaims no EarlierCheck")
		if len(rest) != 1 || rest[0].ID != other.ID {
			t.Fatalf("claims without an earlier check = %d, want only the other one", len(rest))
		}
	})

	t.Run("LinkClaimsShareGroup", func(t *testing.T) {
		s := open(t)
		a := mustClaim(t, s, &claims.Claim{Text: "A"})
		b := mustClaim(t, s, &claims.Claim{Text: "B", Conclusion: "true"})
		c := mustClaim(t, s, &claims.Claim{Text: "C"})
		noErr(t, s.Archives.Link(ctx, claims.LinkRequest{ClaimID: a.ID, Kind: claims.TargetClaim, TargetID: b.ID,
			CopyVerdict: true}), "Link a-b")
		noErr(t, s.Archives.Link(ctx, claims.LinkRequest{ClaimID: c.ID, Kind: claims.TargetClaim, TargetID: b.ID}),
			"Link c-b")
		g, err := s.Archives.Group(ctx, a.ID)
		noErr(t, err, "Group")
		if len(g.ClaimIDs) != 2 {
			t.Fatalf("group of a = %+v, want b and c", g)
		}
		got, _ := s.Claims.FindClaimByID(ctx, a.ID)
		if got.Conclusion != "true" {
			t.Fatalf("a's conclusion = %q, want b's", got.Conclusion)
		}
		wantCode(t, s.Archives.Link(ctx, claims.LinkRequest{ClaimID: a.ID, Kind: claims.TargetClaim, TargetID: a.ID}),
			claims.EINVALID)
		wantCode(t, s.Archives.Link(ctx, claims.LinkRequest{ClaimID: a.ID, Kind: "x", TargetID: b.ID}), claims.EINVALID)
		wantCode(t, s.Archives.Link(ctx, claims.LinkRequest{ClaimID: "nope", Kind: claims.TargetClaim, TargetID: b.ID}),
			claims.ENOTFOUND)
	})

	t.Run("LinkClaimsMergeRecords", func(t *testing.T) { testLinkMergesRecords(t, open) })

	t.Run("DismissSticks", func(t *testing.T) {
		s := open(t)
		_, err := s.Archives.ImportArchive(ctx, archiveImport("Example"))
		noErr(t, err, "ImportArchive")
		ts, _ := s.Archives.MatchTargets(ctx)
		a := mustClaim(t, s, &claims.Claim{Text: "A"})
		b := mustClaim(t, s, &claims.Claim{Text: "B"})
		noErr(t, s.Archives.Dismiss(ctx, a.ID, claims.TargetRecord, ts[1].ID), "Dismiss record")
		noErr(t, s.Archives.Dismiss(ctx, a.ID, claims.TargetRecord, ts[1].ID), "Dismiss twice")
		noErr(t, s.Archives.Dismiss(ctx, a.ID, claims.TargetClaim, b.ID), "Dismiss claim")
		wantCode(t, s.Archives.Dismiss(ctx, a.ID, claims.TargetRecord, "nope"), claims.ENOTFOUND)
		d, err := s.Archives.Dismissed(ctx, a.ID)
		noErr(t, err, "Dismissed")
		if len(d) != 2 || !d[claims.TargetKey(claims.TargetRecord, ts[1].ID)] || !d[claims.TargetKey(claims.TargetClaim, b.ID)] {
			t.Fatalf("dismissed for a = %v", d)
		}
		d, _ = s.Archives.Dismissed(ctx, b.ID)
		if !d[claims.TargetKey(claims.TargetClaim, a.ID)] {
			t.Fatalf("dismissed for b = %v, want a (both directions)", d)
		}
	})
}

// testLinkMergesRecords links two claims whose groups hold records, one of
// them in both: the merged group holds each record once, for both claims.
func testLinkMergesRecords(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	_, err := s.Archives.ImportArchive(ctx, archiveImport("Example"))
	noErr(t, err, "ImportArchive")
	ts, err := s.Archives.MatchTargets(ctx)
	noErr(t, err, "MatchTargets")
	a := mustClaim(t, s, &claims.Claim{Text: "A"})
	b := mustClaim(t, s, &claims.Claim{Text: "B"})
	noErr(t, s.Archives.Link(ctx, claims.LinkRequest{ClaimID: a.ID, Kind: claims.TargetRecord, TargetID: ts[0].ID}), "Link a-r0")
	for _, r := range ts[:2] {
		noErr(t, s.Archives.Link(ctx, claims.LinkRequest{ClaimID: b.ID, Kind: claims.TargetRecord, TargetID: r.ID}), "Link b-r")
	}
	noErr(t, s.Archives.Link(ctx, claims.LinkRequest{ClaimID: a.ID, Kind: claims.TargetClaim, TargetID: b.ID}), "Link a-b")
	for _, c := range []*claims.Claim{a, b} {
		g, err := s.Archives.Group(ctx, c.ID)
		noErr(t, err, "Group")
		if len(g.ClaimIDs) != 1 || len(g.RecordIDs) != 2 || g.RecordIDs[0] == g.RecordIDs[1] {
			t.Fatalf("group of %s = %+v, want the other claim and both records once", c.Text, g)
		}
	}
}
