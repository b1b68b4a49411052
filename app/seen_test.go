package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
)

// TestSeenBeforeScenario: a checker imports an archive, opens a claim, sees
// its earlier checks, links one (copying the verdict) and dismisses another,
// which stays dismissed when the claim is opened again.
func TestSeenBeforeScenario(t *testing.T) {
	f := newShellFixture(t)
	path := filepath.Join(t.TempDir(), "checks.tsv")
	tsv := "cid\ttext\ttitle\tverdict\tspeaker\tdate\turl\n" +
		"c1\tMike Pompeo visited Tashkent in 2020 to praise the end of forced labour in the cotton harvest.\tPompeo\tfalse\tMike Pompeo\t2020-02-03\thttps://checks.example/1\n" +
		"c2\tIn 2020 Pompeo said Tashkent ended forced labour in the cotton harvest.\tCotton\ttrue\tOfficials\t2021-05-01\thttps://checks.example/2\n" +
		"c3\tbroken row\n"
	if err := os.WriteFile(path, []byte(tsv), 0o644); err != nil {
		t.Fatal(err)
	}
	f.do(func() { f.s.importArchive(storage.NewFileURI(path)) })
	f.do(func() { f.topDialogButton("OK").OnTapped() })
	as, err := f.svc.Archives.Archives(f.u.ctx())
	if err != nil || len(as) != 1 || as[0].Records != 2 {
		t.Fatalf("archives = %+v, %v", as, err)
	}

	c := f.addClaim("In 2020 Pompeo praised Tashkent for ending forced labour in the cotton harvest.")
	f.do(func() { f.u.openClaim(c.ID) })
	p := f.s.claims.editor.seen
	if !strings.Contains(p.status.Text, "Possible earlier checks: 2") || len(p.box.Objects) < 4 {
		t.Fatalf("seen before shows %q with %d rows", p.status.Text, len(p.box.Objects)/2)
	}
	first := findButtonIn(p.box.Objects[0], "Link (same claim)")
	f.do(func() { first.OnTapped() })
	f.do(func() { f.topDialogButton("Link and copy the verdict").OnTapped() })
	got, err := f.svc.Claims.FindClaimByID(f.u.ctx(), c.ID)
	if err != nil || got.Conclusion == "" {
		t.Fatalf("claim after linking = %+v, %v; want the copied verdict", got, err)
	}
	g, _ := f.svc.Archives.Group(f.u.ctx(), c.ID)
	if len(g.RecordIDs) != 1 {
		t.Fatalf("group = %+v", g)
	}
	evs, _ := f.svc.History.ClaimHistory(f.u.ctx(), c.ID)
	if evs[len(evs)-1].Field != claims.FieldVerdictCopied {
		t.Fatalf("last history event = %+v", evs[len(evs)-1])
	}

	f.addClaim("An unrelated claim about rents.")
	box, _ := seenChecks.Load(f.s.claims)
	f.do(func() { box.(*widget.Check).SetChecked(true) })
	if f.s.claims.total != 1 {
		t.Fatalf("%d claims with an earlier check, want the linked one", f.s.claims.total)
	}
	f.do(func() { box.(*widget.Check).SetChecked(false) })
	if f.s.claims.total != 2 {
		t.Fatalf("%d claims without the filter, want 2", f.s.claims.total)
	}

	// the linked record is listed among the links, no longer offered
	before := len(p.box.Objects)
	if before != 2 {
		t.Fatalf("%d rows offered after linking one of two, want the other one", before/2)
	}
	second := findButtonIn(p.box.Objects[0], "Not the same")
	f.do(func() { second.OnTapped() })
	if len(p.box.Objects) != before-2 {
		t.Fatalf("%d rows after dismissing, want %d", len(p.box.Objects)/2, before/2-1)
	}
	f.do(func() { f.u.openClaim(c.ID) })
	if len(p.box.Objects) != before-2 {
		t.Fatalf("the dismissed match came back: %d rows", len(p.box.Objects)/2)
	}
}
