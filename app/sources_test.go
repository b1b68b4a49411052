package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"claimdesk/claims"
)

func TestSourcesViewAndExistingSourceAndSearchClick(t *testing.T) {
	f := newShellFixture(t)
	c := f.addClaim("Die Inflation lag 2023 bei 5,9 Prozent.")
	ctx := f.u.ctx()
	src := &claims.Source{URL: "https://www.destatis.de/inflation-2023", Title: "Inflationsrate 2023", Publisher: "Destatis", Kind: claims.KindStatistics}
	if err := f.svc.Sources.CreateSource(ctx, src); err != nil {
		t.Fatal(err)
	}
	snap, err := f.svc.Sources.AttachSnapshot(ctx, src.ID, "destatis.html", strings.NewReader("<p>5,9 %</p>"))
	if err != nil {
		t.Fatal(err)
	}

	// link the existing source through the evidence dialog
	f.do(func() { f.u.openClaim(c.ID) })
	e := f.s.claims.editor
	f.do(e.evidence.onAdd)
	d := e.evidence.dialog
	f.do(func() {
		d.source.SetSelected("Inflationsrate 2023 — Destatis")
		d.stance.SetSelected("supports")
		test.Tap(f.topDialogButton("Save"))
	})
	if len(e.evidence.items) != 1 || e.evidence.items[0].src.ID != src.ID {
		t.Fatalf("evidence = %+v", e.evidence.items)
	}
	srcs, _, _ := f.svc.Sources.FindSources(ctx, claims.SourceFilter{})
	if len(srcs) != 1 {
		t.Fatalf("a second source was created: %d", len(srcs))
	}

	// the Sources view lists it with the claim using it and its snapshot
	f.do(func() { f.s.show(viewSources) })
	v := f.s.sources
	if len(v.items) != 1 || v.current == nil || v.current.ID != src.ID {
		t.Fatalf("sources view shows %+v", v.current)
	}
	if len(v.uses) != 1 || v.uses[0].ID != c.ID {
		t.Fatalf("used by = %+v", v.uses)
	}
	if v.snapCount() != 1 || v.current.Snapshots[0].SHA256 != snap.SHA256 || v.noSnaps.Visible() {
		t.Fatalf("snapshots = %+v", v.current.Snapshots)
	}
	// a click on the claim opens it in the editor
	f.do(func() { v.usesList.Select(0) })
	if f.s.currentKey() != viewClaims || e.claimID() != c.ID {
		t.Fatalf("claim not opened from the source")
	}

	// a search hit opens the source
	f.clickSearchHit("Destatis", claims.HitSource)
	if f.s.currentKey() != viewSources || v.current.ID != src.ID {
		t.Fatalf("search hit did not open the source")
	}
}

func TestScaleEditorRenamesARating(t *testing.T) {
	f := newShellFixture(t)
	f.addClaim("Die Inflation lag 2023 bei 5,9 Prozent.")
	var ed *scaleEditor
	f.do(func() {
		ed = newScaleEditor(f.u, f.u.scales.active)
		ed.show()
	})
	f.do(func() {
		ed.en[4].SetText("Wrong")
		test.Tap(f.topDialogButton("Save"))
	})
	if !strings.Contains(strings.Join(f.s.claims.editor.verdict.Options, "|"), "Wrong") {
		t.Fatalf("verdict options = %v", f.s.claims.editor.verdict.Options)
	}
	f.do(func() {
		ed = newScaleEditor(f.u, f.u.scales.active)
		ed.show()
	})
	f.do(func() {
		ed.colors[0].SetText("green")
		test.Tap(f.topDialogButton("Save"))
	})
	// the invalid colour is refused in plain words and the editor comes back
	if f.win().Canvas().Overlays().Top() == nil {
		t.Fatal("no message for an invalid colour")
	}
	f.do(func() { test.Tap(f.topDialogButton("OK")) })
	if ed.colors[0].Text != "green" {
		t.Fatalf("typed colour lost: %q", ed.colors[0].Text)
	}
}

// A source address that is not a web or e-mail link (from a colleague's
// bundle) is shown as plain text and cannot be opened; a web address can.
func TestSourcesViewShowsUnsafeLinkAsText(t *testing.T) {
	f := newShellFixture(t)
	ctx := f.u.ctx()
	for _, src := range []*claims.Source{
		{URL: "javascript:alert(document.cookie)", Title: "Böse"},
		{URL: "https://example.org/rede", Title: "Rede"},
	} {
		if err := f.svc.Sources.CreateSource(ctx, src); err != nil {
			t.Fatal(err)
		}
	}
	f.do(func() { f.s.show(viewSources) })
	v := f.s.sources
	for i, it := range v.items {
		f.do(func() { v.list.Select(i) })
		safe := strings.HasPrefix(it.URL, "https:")
		if v.link.Visible() != safe || v.linkText.Visible() == safe || v.openURL.Disabled() == safe {
			t.Errorf("%s: link shown %v, text shown %v, open disabled %v", it.URL, v.link.Visible(), v.linkText.Visible(), v.openURL.Disabled())
		}
	}
}

// clickSearchHit searches for text in the Search view and clicks the last
// hit of the given kind; the test fails when there is none.
func (f *shellFixture) clickSearchHit(text, kind string) {
	f.t.Helper()
	f.do(func() {
		f.s.show(viewSearch)
		f.s.search.run(text)
	})
	i := -1
	for k, h := range f.s.search.hits {
		if h.Kind == kind {
			i = k
		}
	}
	if i < 0 {
		f.t.Fatalf("no %s hit for %q: %+v", kind, text, f.s.search.hits)
	}
	f.do(func() { f.s.search.list.Select(i) })
}
