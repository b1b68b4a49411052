package app

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"claimdesk/claims"
)

// TestSourcePickerNarrowsAndTellsApart: the evidence dialog offered up to
// 1,000 sources in a drop-down with no way to narrow it, and two sources
// with the same title and publisher read the same there. Typing narrows the
// drop-down, and same-looking sources show their address (or date).
func TestSourcePickerNarrowsAndTellsApart(t *testing.T) {
	f := newShellFixture(t)
	c := f.addClaim("Die Mieten stiegen 2023 um 2,5 Prozent.")
	ctx := f.u.ctx()
	add := func(s *claims.Source) *claims.Source {
		if err := f.svc.Sources.CreateSource(ctx, s); err != nil {
			t.Fatal(err)
		}
		return s
	}
	for i := range 150 {
		add(&claims.Source{URL: fmt.Sprintf("https://amt.example/bericht-%d", i), Title: fmt.Sprintf("Bericht %d", i), Publisher: "Landesamt", Kind: claims.KindOfficial})
	}
	a := add(&claims.Source{URL: "https://lindenau.example/mietspiegel-2023", Title: "Mietspiegel", Publisher: "Stadt Lindenau", Kind: claims.KindStatistics})
	b := add(&claims.Source{URL: "https://lindenau.example/mietspiegel-2024", Title: "Mietspiegel", Publisher: "Stadt Lindenau", Kind: claims.KindStatistics})
	day := func(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }
	add(&claims.Source{URL: "https://presse.example/miete", Title: "Mieten", Publisher: "Presse", PublishedAt: day("2023-03-01"), Kind: claims.KindNews})
	add(&claims.Source{URL: "https://presse.example/miete", Title: "Mieten", Publisher: "Presse", PublishedAt: day("2024-03-01"), Kind: claims.KindNews})

	f.do(func() { f.u.openClaim(c.ID) })
	p := f.s.claims.editor.evidence
	f.do(p.onAdd)
	d := p.dialog
	if n := len(d.source.Options); n > maxSourceOptions+1 || !strings.Contains(d.count.Text, "154 of 154") {
		t.Fatalf("unnarrowed: %d options, count %q", n, d.count.Text)
	}
	f.do(func() { test.Type(d.find, "mietspiegel") })
	opts := d.source.Options[1:]
	if len(opts) != 2 || opts[0] == opts[1] || !strings.Contains(d.count.Text, "2 of 154") {
		t.Fatalf("after typing „mietspiegel“: options %q, count %q", opts, d.count.Text)
	}
	for _, o := range opts {
		if !strings.HasPrefix(o, "Mietspiegel — Stadt Lindenau · lindenau.example/mietspiegel-202") {
			t.Errorf("label %q does not tell the address", o)
		}
	}
	f.do(func() { d.find.SetText(""); test.Type(d.find, "Mieten Presse") })
	if opts := d.source.Options[1:]; len(opts) != 2 || opts[0] == opts[1] || !strings.Contains(opts[0]+opts[1], "2024") {
		t.Fatalf("same title, publisher and address: options %q; want their dates", opts)
	}
	// one match is chosen; the choice stays while the words change
	f.do(func() { d.find.SetText(""); test.Type(d.find, "2024 lindenau") })
	chosen := func() string {
		if s := d.chosenSource(); s != nil {
			return s.ID
		}
		return ""
	}
	if chosen() != b.ID {
		t.Fatalf("one match, chosen %q; want the 2024 Mietspiegel %s", chosen(), b.ID)
	}
	if !d.about.Visible() || !strings.Contains(d.about.Text, "https://lindenau.example/mietspiegel-2024") {
		t.Errorf("under the drop-down: %q; want the chosen source's address", d.about.Text)
	}
	f.do(func() { d.find.SetText("Bericht") })
	if chosen() != b.ID {
		t.Fatalf("the chosen source changed while typing: %q", chosen())
	}
	f.do(func() { test.Tap(f.topDialogButton("Save")) })
	evs, err := f.svc.Evidence.FindEvidence(ctx, claims.EvidenceFilter{ClaimID: &c.ID})
	if err != nil || len(evs) != 1 || evs[0].SourceID != b.ID {
		t.Fatalf("linked %+v (%v); want the 2024 Mietspiegel %s, not %s", evs, err, b.ID, a.ID)
	}
}
