package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"

	"claimdesk/claims"
)

// seenTestArchive is a small made-up archive of earlier checks.
const seenTestArchive = "cid\ttext\ttitle\tverdict\tspeaker\tdate\turl\n" +
	"r1\tGovernor Alma Reyes said the state cut its prison population by 40 percent between 2015 and 2022.\tPrisons\tfalse\tAlma Reyes\t2023-03-01\thttps://checks.example/prisons\n" +
	"r2\tSenator Tom Baker said that the new bridge in Millbrook cost 350 million dollars, twice the estimate.\tBridge\ttrue\tTom Baker\t2022-10-11\thttps://checks.example/bridge\n" +
	"r3\tA viral post claims that drinking seawater cures the flu.\tFlu\tpants-fire\t\t2021-01-05\thttps://checks.example/flu\n"

// seenTestArticle is a made-up English article: its second sentence was
// checked before (r1), its fourth too (r2), the others were not.
const seenTestArticle = "The legislature met on Monday to debate the budget for the coming year.\n\n" +
	"Governor Alma Reyes said the state cut its prison population by 40 percent between 2015 and 2022.\n\n" +
	"Several members of the opposition left the room during her speech, witnesses said.\n\n" +
	"Senator Tom Baker said that the new bridge in Millbrook cost 350 million dollars, twice the estimate.\n\n" +
	"The city council will vote on 12 new bus lines in March, the mayor's office announced.\n"

// importSeenTestArchive imports seenTestArchive through the window.
func (f *shellFixture) importSeenTestArchive() {
	f.t.Helper()
	path := filepath.Join(f.t.TempDir(), "checks.tsv")
	if err := os.WriteFile(path, []byte(seenTestArchive), 0o644); err != nil {
		f.t.Fatal(err)
	}
	f.do(func() { f.s.importArchive(storage.NewFileURI(path)) })
	f.do(func() { f.topDialogButton("OK").OnTapped() })
}

// seenUnit returns the unit of the reader's article that contains text and
// is a suggestion.
func seenUnit(t *testing.T, r *readerView, text string) int {
	t.Helper()
	at := strings.Index(r.article.Body, text)
	if at < 0 {
		t.Fatalf("%q is not in the article", text)
	}
	unit := r.unitAt(at)
	for _, s := range r.suggested {
		if s == unit {
			return unit
		}
	}
	t.Fatalf("the sentence of %q is not a suggestion (score %.2f, threshold %.2f)", text, r.units[unit].Score, r.threshold)
	return -1
}

// TestSeenReaderScenario: a checker imports an archive and then an article
// one of whose sentences was checked before: the reader marks that
// suggestion with the earlier verdict; the checker accepts it and links it,
// accepts another and dismisses its match; reopened, the article marks the
// linked one and no longer the dismissed one.
func TestSeenReaderScenario(t *testing.T) {
	f := newScenario(t)
	f.importSeenTestArchive()
	s := f.s
	f.do(func() { pasteSeenTestArticle(f) })
	r := s.articles.reader
	if r.article == nil {
		t.Fatal("no article shown after the import")
	}
	prison := seenUnit(t, r, "prison population")
	bridge := seenUnit(t, r, "new bridge")
	m := r.seenMarkOf(prison)
	if m == nil || m.verdict != "false" || !m.onRow() {
		t.Fatalf("prison sentence marked %+v, want the earlier verdict false", m)
	}
	if got := r.panel.info(prison).meta(); !strings.Contains(got, "Seen before: false") {
		t.Fatalf("the row's details say %q", got)
	}
	if r.seenMarkOf(bridge) == nil {
		t.Fatal("bridge sentence not marked")
	}
	for _, unit := range r.suggested {
		if unit != prison && unit != bridge && r.seenMarkOf(unit) != nil {
			t.Fatalf("sentence %q marked as seen before: %+v", r.units[unit].Text, r.seenMarkOf(unit))
		}
	}

	// accept both, link the first, dismiss the match of the second
	f.do(func() { r.onAccept(prison) })
	f.do(func() { r.onAccept(bridge) })
	claimOf := func(unit int) string {
		id := r.marks[unit].claimID
		if id == "" {
			t.Fatalf("no claim made from %q", r.units[unit].Text)
		}
		return id
	}
	prisonClaim, bridgeClaim := claimOf(prison), claimOf(bridge)
	p := s.claims.editor.seen
	f.do(func() { f.u.openClaim(prisonClaim) })
	if len(p.box.Objects) == 0 {
		t.Fatalf("Seen before tab of the prison claim is empty: %q", p.status.Text)
	}
	f.do(func() { findButtonIn(p.box.Objects[0], "Link (same claim)").OnTapped() })
	f.do(func() { f.topDialogButton("Link and copy the verdict").OnTapped() })
	if g, _ := f.svc.Archives.Group(f.u.ctx(), prisonClaim); g == nil || len(g.RecordIDs) != 1 {
		t.Fatalf("prison claim's group = %+v", g)
	}
	f.do(func() { f.u.openClaim(bridgeClaim) })
	if len(p.box.Objects) == 0 {
		t.Fatalf("Seen before tab of the bridge claim is empty: %q", p.status.Text)
	}
	f.do(func() { findButtonIn(p.box.Objects[0], "Not the same").OnTapped() })
	d, err := f.svc.Archives.Dismissed(f.u.ctx(), bridgeClaim)
	if err != nil || len(d) != 1 {
		t.Fatalf("dismissed for the bridge claim: %v, %v", d, err)
	}

	// reopen the article
	f.do(func() { s.openArticle(r.article.ID) })
	if m := r.seenMarkOf(prison); m == nil || m.verdict != "false" {
		t.Fatalf("after reopening, the linked prison sentence is marked %+v", m)
	}
	if m := r.seenMarkOf(bridge); m != nil && strings.Contains(m.where, "checks.example/bridge") {
		t.Fatalf("after reopening, the dismissed match still marks the bridge sentence: %+v", m)
	}
	cs, _, _ := f.svc.Claims.FindClaims(f.u.ctx(), claims.ClaimFilter{ArticleID: &r.article.ID})
	if len(cs) != 2 {
		t.Fatalf("%d claims of the article, want 2", len(cs))
	}
}

// pasteSeenTestArticle imports seenTestArticle by „Text einfügen…“ in the
// Articles view, as a checker pastes it; it runs on the UI lock (f.do).
func pasteSeenTestArticle(f *shellFixture) {
	f.s.show(viewArticles)
	f.s.articles.onPaste()
	d := f.s.articles.paste
	test.Type(d.title, "Budget debate")
	d.text.SetText(seenTestArticle)
	test.Tap(f.topDialogButton(lang.L("Import")))
}
