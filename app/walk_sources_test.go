package app

import (
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"claimdesk/claims"
)

// The faults found by the walk over sources, evidence, search and the
// keyboard in the German window (branch walk-sources), one test each.

// TestSearchSignsAloneAreNotAnError: typing the first quote of a phrase
// ("), a German opening quote („) or "??" in the toolbar box searched
// for it, and the window showed „Etwas ist schiefgegangen … Die Suche ist
// fehlgeschlagen" as a message box that took the next keys typed, with
// „Suche läuft…" left as the heading. Now the view says what to type, no
// dialog opens, and the next word searches as before.
func TestSearchSignsAloneAreNotAnError(t *testing.T) {
	f := newGermanFixture(t)
	f.addClaim("Die Mieten stiegen 2023 um 2,5 Prozent.")
	f.do(func() { f.s.show(viewSearch) })
	v := f.s.search
	for _, typed := range []string{`"`, "„", "??", " – "} {
		f.do(func() { v.run(typed) })
		if top := f.u.win.Canvas().Overlays().Top(); top != nil {
			t.Fatalf("%q: a dialog opened:\n%s", typed, dialogText(top))
		}
		if v.title.Text != "Suche" || !v.hint.Visible() || v.hint.Text != "Geben Sie mindestens ein Suchwort ein." {
			t.Errorf("%q: heading %q, hint shown %v %q", typed, v.title.Text, v.hint.Visible(), v.hint.Text)
		}
	}
	f.do(func() { v.run(`"Mieten`) })
	if len(v.hits) != 1 || v.hint.Visible() {
		t.Fatalf("after the word: %d hits, hint shown %v", len(v.hits), v.hint.Visible())
	}
	// An emptied box shows how to search again, not the last refusal.
	f.do(func() { v.run("") })
	if !v.hint.Visible() || !strings.HasPrefix(v.hint.Text, "Tippen Sie oben ins Suchfeld") {
		t.Errorf("empty box: hint shown %v %q", v.hint.Visible(), v.hint.Text)
	}
}

// TestClaimsFilterSignsAloneFilterNothing: in the Claims view the same box
// filters the list; a lone quote opened „Die Behauptungen konnten nicht
// aufgelistet werden … Geben Sie mindestens ein Suchwort ein." Now signs
// alone filter nothing, and a word after them filters as before.
func TestClaimsFilterSignsAloneFilterNothing(t *testing.T) {
	f := newGermanFixture(t)
	f.addClaim("Die Mieten stiegen 2023 um 2,5 Prozent.")
	f.addClaim("Der Bahnverkehr lag 2022 unter dem Vorjahr.")
	f.do(func() { f.s.show(viewClaims) })
	for _, typed := range []string{`"`, "„", "??"} {
		f.do(func() { f.s.claims.setQuery(typed) })
		if top := f.u.win.Canvas().Overlays().Top(); top != nil {
			t.Fatalf("%q: a dialog opened:\n%s", typed, dialogText(top))
		}
		if n := f.s.claims.total; n != 2 {
			t.Errorf("%q: %d claims listed, want both", typed, n)
		}
	}
	f.do(func() { f.s.claims.setQuery(`"Mieten`) })
	if n := f.s.claims.total; n != 1 {
		t.Errorf(`"Mieten: %d claims listed, want 1`, n)
	}
}

// TestFindSelectsTheLastSearch: Ctrl+F put the cursor after the last
// search, so typing „oeffnungen" searched for „2,5oeffnungen" and found
// nothing. Now Ctrl+F selects the box's text and the next keys replace it.
func TestFindSelectsTheLastSearch(t *testing.T) {
	f := newGermanFixture(t)
	f.do(func() {
		f.s.show(viewSearch)
		f.s.query.SetText("2,5")
		f.u.win.Canvas().Unfocus()
	})
	f.do(f.s.focusSearch)
	f.do(func() { test.Type(f.s.query, "Mieten") })
	if got := f.s.query.Text; got != "Mieten" {
		t.Fatalf("after Ctrl+F and typing the box holds %q, want \"Mieten\"", got)
	}
}

// TestEscapeKeepsEditingTheSource: Escape in „Quelle bearbeiten" with a
// changed title asks „Änderungen speichern?"; a second Escape did nothing
// there (its buttons are „Weiter bearbeiten", „Verwerfen", „Speichern"),
// so the keyboard had to find the button with Tab. Now Escape goes back to
// the editor with the edit kept, and nothing is saved.
func TestEscapeKeepsEditingTheSource(t *testing.T) {
	f := newGermanFixture(t)
	src := &claims.Source{URL: "https://example.org/mietspiegel", Title: "Mietspiegel", Kind: claims.KindStatistics}
	e := f.editStoredSource(src)
	f.do(func() { e.title.SetText("Mietspiegel 2024") })
	escape := func() { f.s.onWindowKey(&fyne.KeyEvent{Name: fyne.KeyEscape}) }
	f.do(escape)
	if got := f.topText(); !strings.Contains(got, "Diese Quelle hat Änderungen") {
		t.Fatalf("after the first Escape the top dialog says:\n%s", got)
	}
	f.do(escape)
	if got := f.topText(); strings.Contains(got, "Diese Quelle hat Änderungen") {
		t.Fatalf("the second Escape left the question open:\n%s", got)
	}
	if !e.open || !e.dirty || e.title.Text != "Mietspiegel 2024" || findButtonIn(f.win().Canvas().Overlays().Top(), "Speichern") == nil {
		t.Fatalf("not back in the editor with the edit: open %v dirty %v title %q", e.open, e.dirty, e.title.Text)
	}
	if got, _ := f.svc.Sources.FindSourceByID(f.u.ctx(), src.ID); got.Title != "Mietspiegel" {
		t.Fatalf("stored title %q, want it unchanged", got.Title)
	}
}

// TestEvidenceDialogKeepsTheTypedExcerpt: in „Quelle verknüpfen" an
// excerpt typed and then Escape (or „Abbrechen") closed the dialog and the
// excerpt was gone, without a question; Ctrl+S did nothing there. Now
// Cancel asks as the editors do, Escape on the question goes back to the
// dialog with the excerpt, and Ctrl+S saves the link.
func TestEvidenceDialogKeepsTheTypedExcerpt(t *testing.T) {
	f := newGermanFixture(t)
	c := f.addClaim("Die Mieten stiegen 2023 um 2,5 Prozent.")
	src := f.addSource()
	f.do(func() { f.u.openClaim(c.ID) })
	p := f.s.claims.editor.evidence
	escape := func() { f.s.onWindowKey(&fyne.KeyEvent{Name: fyne.KeyEscape}) }

	// Nothing typed: Escape closes it without a question.
	f.do(p.onAdd)
	f.do(escape)
	if top := f.win().Canvas().Overlays().Top(); top != nil {
		t.Fatalf("Escape on an untouched dialog left:\n%s", dialogText(top))
	}

	f.do(p.onAdd)
	d := p.dialog
	excerpt := "Tabelle 3: plus 2,5 Prozent gegenüber dem Vorjahr."
	f.do(func() {
		d.source.SetSelectedIndex(1)
		test.Type(d.excerpt, excerpt)
	})
	f.do(escape)
	if got := f.topText(); !strings.Contains(got, "Dieser Beleg hat Änderungen") {
		t.Fatalf("Escape with a typed excerpt: the top dialog says\n%s", got)
	}
	f.do(escape) // „Weiter bearbeiten"
	if !d.open || d.excerpt.Text != excerpt || findButtonIn(f.win().Canvas().Overlays().Top(), "Speichern") == nil {
		t.Fatalf("not back in the dialog with the excerpt: open %v excerpt %q", d.open, d.excerpt.Text)
	}
	f.do(f.s.onSave) // Ctrl+S
	evs, err := f.svc.Evidence.FindEvidence(f.u.ctx(), claims.EvidenceFilter{ClaimID: &c.ID})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 1 || evs[0].Excerpt != excerpt || evs[0].SourceID != src.ID {
		t.Fatalf("stored evidence after Ctrl+S: %+v", evs)
	}
	if d.open || len(p.items) != 1 {
		t.Fatalf("after Ctrl+S: dialog open %v, %d rows", d.open, len(p.items))
	}
}

// TestSnapshotWithoutViewerSaysWhereTheCopyIs: „Öffnen" on a saved copy
// on a computer without a program for it said „Ein interner Fehler ist
// aufgetreten … legen Sie in den Einstellungen eine Sicherung an und
// starten Sie Claimdesk neu", though nothing was broken and the copy had
// been written. Now it says that no program took it and where the copy is.
func TestSnapshotWithoutViewerSaysWhereTheCopyIs(t *testing.T) {
	var opened string
	old := openFileURL
	openFileURL = func(_ fyne.App, u *url.URL) error {
		opened = u.Path
		return errors.New(`exec: "xdg-open": executable file not found in $PATH`)
	}
	t.Cleanup(func() { openFileURL = old })

	f := newGermanFixture(t)
	snap := f.addSnapshotSource()
	f.do(func() { f.u.openSnapshot(*snap) })
	t.Cleanup(func() { _ = os.RemoveAll(filepath.Dir(opened)) })
	msg := f.topText()
	if opened == "" || !strings.Contains(msg, opened) || !strings.Contains(msg, "kein passendes Programm") || strings.Contains(msg, "interner Fehler") {
		t.Fatalf("copy at %q; the message says:\n%s", opened, msg)
	}
	if data, err := os.ReadFile(opened); err != nil || string(data) != "<p>2,5 Prozent</p>" {
		t.Fatalf("the copy named holds %q (%v)", data, err)
	}
}

// TestEscapeAnswersNoToRemoveEvidence: „Beleg entfernen?" and „Quelle
// löschen?" are yes-or-no questions („Nein", „Ja"); Escape did nothing on
// them. Now Escape answers „Nein": the dialog closes and nothing is removed.
func TestEscapeAnswersNoToRemoveEvidence(t *testing.T) {
	f := newGermanFixture(t)
	c := f.addClaim("Die Mieten stiegen 2023 um 2,5 Prozent.")
	src := &claims.Source{URL: "https://example.org/mietspiegel", Title: "Mietspiegel", Kind: claims.KindStatistics}
	ctx := f.u.ctx()
	if err := f.svc.Sources.CreateSource(ctx, src); err != nil {
		t.Fatal(err)
	}
	if err := f.svc.Evidence.CreateEvidence(ctx, &claims.Evidence{ClaimID: c.ID, SourceID: src.ID, Stance: claims.StanceSupports}); err != nil {
		t.Fatal(err)
	}
	f.do(func() { f.u.openClaim(c.ID) })
	p := f.s.claims.editor.evidence
	if len(p.items) != 1 {
		t.Fatalf("%d evidence rows", len(p.items))
	}
	escape := func() { f.s.onWindowKey(&fyne.KeyEvent{Name: fyne.KeyEscape}) }
	f.do(func() { p.onRemove(p.items[0]) })
	if !strings.Contains(f.topText(), "Die Quelle selbst bleibt erhalten") {
		t.Fatalf("no question: %q", f.topText())
	}
	f.do(escape)
	if top := f.win().Canvas().Overlays().Top(); top != nil {
		t.Fatalf("Escape left the question open:\n%s", dialogText(top))
	}
	f.do(func() { f.u.openSource(src.ID) })
	f.do(f.s.sources.onDelete)
	if got := f.topText(); !strings.Contains(got, "Die Quelle wird noch verwendet") || strings.Contains(got, "Quelle löschen?") {
		t.Fatalf("a source in use: %q, want „Die Quelle wird noch verwendet“ at once, no question", got)
	}
	f.do(escape)
	if top := f.win().Canvas().Overlays().Top(); top != nil {
		t.Fatalf("Escape left the message open:\n%s", dialogText(top))
	}
	unused := &claims.Source{Title: "Alter Mietspiegel", Kind: claims.KindStatistics}
	if err := f.svc.Sources.CreateSource(ctx, unused); err != nil {
		t.Fatal(err)
	}
	f.do(func() { f.u.openSource(unused.ID) })
	f.do(f.s.sources.onDelete)
	if !strings.Contains(f.topText(), "Quelle löschen?") {
		t.Fatalf("a source not in use is not asked about: %q", f.topText())
	}
	f.do(escape)
	if top := f.win().Canvas().Overlays().Top(); top != nil {
		t.Fatalf("Escape left „Quelle löschen?“ open:\n%s", dialogText(top))
	}
	if _, err := f.svc.Sources.FindSourceByID(ctx, unused.ID); err != nil {
		t.Fatalf("Escape deleted the source: %v", err)
	}
	evs, _ := f.svc.Evidence.FindEvidence(ctx, claims.EvidenceFilter{ClaimID: &c.ID})
	if _, err := f.svc.Sources.FindSourceByID(ctx, src.ID); err != nil || len(evs) != 1 {
		t.Fatalf("after Escape: source %v, %d evidence links", err, len(evs))
	}
}

// TestSourceWithStoredAddressStaysEditable: a source added by claimctl with
// the address „tel:+49301234" could not be saved in „Quelle bearbeiten"
// after a change of its notes: „Das ist keine Webadresse" under the
// address the checker had not touched, and no way to save the note but to
// change or empty the address. An address left as stored is now kept; a
// typed one is still checked.
func TestSourceWithStoredAddressStaysEditable(t *testing.T) {
	f := newGermanFixture(t)
	src := &claims.Source{URL: "tel:+49301234", Title: "Telefonat mit der Pressestelle", Kind: claims.KindOfficial}
	e := f.editStoredSource(src)
	f.do(func() { e.notes.SetText("Rückruf am Montag.") })
	f.do(e.onSave)
	got, err := f.svc.Sources.FindSourceByID(f.u.ctx(), src.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Notes != "Rückruf am Montag." || got.URL != "tel:+49301234" || e.open {
		t.Fatalf("after Save: notes %q, address %q, editor open %v:\n%s", got.Notes, got.URL, e.open, f.topText())
	}
	// A changed address is read as before.
	f.do(f.s.sources.onEdit)
	e = f.s.sources.editor
	f.do(func() { e.url.SetText("tel:+49301235") })
	f.do(e.onSave)
	if !e.open || !strings.Contains(f.topText(), "keine Webadresse") {
		t.Fatalf("a typed tel: address was not refused: open %v\n%s", e.open, f.topText())
	}
}

// TestHelpNamesListKeysAndEvidenceSave: a row of a list opens with Space
// or Enter (since walk30; Space only before) once the arrows have marked
// it, which the F1 help did not say; and it named Ctrl+S for the claim or
// source only, though it now saves the open „Quelle verknüpfen" too.
func TestHelpNamesListKeysAndEvidenceSave(t *testing.T) {
	f := newGermanFixture(t)
	f.do(f.s.onHelp)
	msg := f.topText()
	for _, want := range []string{"↑ / ↓, Leertaste, Eingabe", "Listen: zur nächsten / vorigen Zeile, sie öffnen", "Behauptung, Quelle oder Beleg speichern"} {
		if !strings.Contains(msg, want) {
			t.Errorf("the help lacks %q:\n%s", want, msg)
		}
	}
}

// TestDownFromSearchBoxToHits: from the search box the hits were seven Tab
// presses away (through the toolbar and the navigation; Shift+Tab was the
// short way, and nothing said so). Now Down in the box moves to the hits,
// the arrows mark one and Space (or Enter) opens it; in the Claims view Down moves to
// the claims list.
func TestDownFromSearchBoxToHits(t *testing.T) {
	f := newGermanFixture(t)
	c := f.addClaim("Die Mieten stiegen 2023 um 2,5 Prozent.")
	f.addClaim("Der Bahnverkehr lag 2022 unter dem Vorjahr.")
	down := &fyne.KeyEvent{Name: fyne.KeyDown}
	f.do(func() {
		f.s.show(viewSearch)
		f.s.search.run("Mieten")
		f.s.focusSearch()
	})
	f.do(func() { f.s.query.TypedKey(down) })
	if got := f.win().Canvas().Focused(); got != f.s.search.list {
		t.Fatalf("after Down in the search box the focus is on %T, want the hits", got)
	}
	f.do(func() { f.s.search.list.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace}) })
	if f.s.currentKey() != viewClaims || f.s.claims.editor.claimID() != c.ID {
		t.Fatalf("Space on the first hit shows %q, claim %q", f.s.currentKey(), f.s.claims.editor.claimID())
	}
	f.do(func() {
		f.s.query.SetText("")
		f.s.focusSearch()
	})
	f.do(func() { f.s.query.TypedKey(down) })
	if got := f.win().Canvas().Focused(); got != f.s.claims.list {
		t.Fatalf("Claims view: after Down the focus is on %T, want the claims list", got)
	}
}

// TestSearchEvidenceHitOpensEvidenceTab: a hit in an evidence link's excerpt
// opens its claim on the Evidence tab, where the hit is; it opened on
// whichever tab was shown last (found by walk-sources).
func TestSearchEvidenceHitOpensEvidenceTab(t *testing.T) {
	f := newShellFixture(t)
	c := f.addClaim("Die Inflation lag 2023 bei 5,9 Prozent.")
	ctx := f.u.ctx()
	src := &claims.Source{URL: "https://www.destatis.de/inflation-2023", Title: "Inflationsrate 2023", Kind: claims.KindStatistics}
	if err := f.svc.Sources.CreateSource(ctx, src); err != nil {
		t.Fatal(err)
	}
	if err := f.svc.Evidence.CreateEvidence(ctx, &claims.Evidence{ClaimID: c.ID, SourceID: src.ID, Stance: claims.StanceSupports, Excerpt: "Verbraucherpreisindex Jahresdurchschnitt"}); err != nil {
		t.Fatal(err)
	}
	e := f.s.claims.editor
	f.do(func() {
		f.u.openClaim(c.ID)
	})
	f.do(func() { e.tabs.SelectIndex(2) }) // the History tab, as last used
	f.clickSearchHit("Verbraucherpreisindex", claims.HitEvidence)
	if f.s.currentKey() != viewClaims || e.claimID() != c.ID || e.tabs.SelectedIndex() != evidenceTab {
		t.Fatalf("view %v, claim %q, tab %d: want the claim on the Evidence tab", f.s.currentKey(), e.claimID(), e.tabs.SelectedIndex())
	}
}

// editStoredSource stores src and opens it in „Quelle bearbeiten".
func (f *shellFixture) editStoredSource(src *claims.Source) *sourceEditor {
	f.t.Helper()
	if err := f.svc.Sources.CreateSource(f.u.ctx(), src); err != nil {
		f.t.Fatal(err)
	}
	f.do(func() { f.u.openSource(src.ID) })
	f.do(f.s.sources.onEdit)
	return f.s.sources.editor
}
