package app

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"claimdesk/claims"
)

// The scenarios of this file each follow what a checker did when one of the
// defects of issue 9 showed, in the whole window on a real SQLite database.

// longTestText returns an invented German news text of n sentences, most of
// them with figures and a speaker, so that many become suggestions.
func longTestText(n int) string {
	var b strings.Builder
	b.WriteString("Haushalt der Gemeinde Birkenfeld\n\n")
	towns := []string{"Birkenfeld", "Ahornbach", "Tannheim", "Erlenau", "Buchwald"}
	for i := 0; i < n; i++ {
		town := towns[i%len(towns)]
		switch i % 3 {
		case 0:
			fmt.Fprintf(&b, "Die Gemeinde %s gab im Jahr %d genau %d Millionen Euro für Schulen aus, sagte Kämmerin Ruth Abel. ", town, 2001+i, 10+i)
		case 1:
			fmt.Fprintf(&b, "Nach Angaben des Landesamts stieg die Zahl der Einwohner in %s um %d Prozent. ", town, 3+i)
		default:
			fmt.Fprintf(&b, "Der Bürgermeister von %s eröffnete am Montag eine neue Brücke.\n\n", town)
		}
	}
	return b.String()
}

// newScenario is the whole window on a fresh database; the test fails if
// a panic was caught in a UI callback meanwhile (the guard keeps the window
// open, so a panic would otherwise pass unnoticed).
func newScenario(t *testing.T) *shellFixture {
	t.Helper()
	f := newShellFixture(t)
	n := panics.Load()
	t.Cleanup(func() {
		if d := panics.Load() - n; d > 0 {
			t.Errorf("%d panics caught in UI callbacks", d)
		}
	})
	return f
}

// addArticle stores an article through the service and refreshes the window.
func (f *shellFixture) addArticle(title, body string) *claims.Article {
	f.t.Helper()
	a := &claims.Article{Title: title, Body: body, Language: "de", Publisher: "Testblatt"}
	if err := f.svc.Articles.CreateArticle(f.u.ctx(), a); err != nil {
		f.t.Fatalf("create article: %v", err)
	}
	f.do(func() { f.u.changed() })
	return a
}

// storedClaims returns every stored claim.
func (f *shellFixture) storedClaims() []*claims.Claim {
	f.t.Helper()
	cs, _, err := f.svc.Claims.FindClaims(context.Background(), claims.ClaimFilter{})
	if err != nil {
		f.t.Fatal(err)
	}
	return cs
}

// Defect 1: opening a longer article, then a shorter one, closed the window
// (index out of range in the suggestion list).
func TestScenarioLongThenShortArticle(t *testing.T) {
	f := newScenario(t)
	long := f.addArticle("Lang", longTestText(60))
	short := f.addArticle("Kurz", readerTestText)
	r := f.s.articles.reader
	f.do(func() { f.s.openArticle(long.ID) })
	if r.article == nil || r.article.ID != long.ID || len(r.suggested) < 10 {
		t.Fatalf("long article not shown with suggestions: %d", len(r.suggested))
	}
	// select a suggestion far down, as a checker scrolling through would
	f.do(func() { r.panel.list.Select(len(r.suggested) - 1) })
	f.do(func() { f.s.openArticle(short.ID) })
	if r.article.ID != short.ID {
		t.Fatalf("reader shows %q", r.article.Title)
	}
	for _, u := range r.suggested {
		if u >= len(r.units) {
			t.Fatalf("suggestion %d beyond the %d sentences", u, len(r.units))
		}
	}
	// and back, and a new paste on top
	f.do(func() { f.s.openArticle(long.ID) })
	f.do(func() { f.s.openArticle(short.ID) })
}

// Defect 2: Ctrl+N with a claim open inherited its verdict and evidence.
func TestScenarioNewClaimStartsEmpty(t *testing.T) {
	f := newScenario(t)
	c := f.addClaim("Die Brücke kostete 12 Millionen Euro.")
	e := f.s.claims.editor
	src := &claims.Source{Title: "Haushaltsplan", URL: "https://example.org/haushalt"}
	if err := f.svc.Sources.CreateSource(f.u.ctx(), src); err != nil {
		t.Fatal(err)
	}
	for _, st := range []claims.Stance{claims.StanceSupports, claims.StanceRefutes} {
		ev := &claims.Evidence{ClaimID: c.ID, SourceID: src.ID, Stance: st}
		if err := f.svc.Evidence.CreateEvidence(f.u.ctx(), ev); err != nil {
			t.Fatal(err)
		}
	}
	f.do(func() { f.u.openClaim(c.ID) })
	f.do(func() {
		e.verdict.SetSelected("Mostly true")
		test.Type(e.rationale, "Laut Plan 11,8 Millionen.")
		test.Type(e.tags, "bau")
		test.Tap(e.save)
	})
	if got, _ := f.svc.Claims.FindClaimByID(context.Background(), c.ID); got.RatingID == "" {
		t.Fatalf("verdict not stored")
	}
	f.do(func() { f.s.onNewClaim() })
	if !e.isNew || e.claim != nil {
		t.Fatalf("editor is not a new claim")
	}
	if msg := editorNotEmpty(e); msg != "" {
		t.Fatalf("new claim is not empty: %s", msg)
	}
	f.do(func() {
		test.Type(e.text, "Der Tunnel ist 3 Kilometer lang.")
		test.Tap(e.save)
	})
	for _, sc := range f.storedClaims() {
		if sc.Text == "Der Tunnel ist 3 Kilometer lang." && (sc.RatingID != "" || sc.Rationale != "" || len(sc.Tags) > 0) {
			t.Fatalf("new claim stored with %q %q %v", sc.RatingID, sc.Rationale, sc.Tags)
		}
	}
}

// Defect 4: a space typed at a line wrap of a multi-line entry was lost
// (it moved to the end of the text, where saving trims it). Where a line
// wraps depends on the width, so the sentence is typed at window widths from
// the smallest supported one up; the entries of the real editor wrap.
func TestScenarioSpaceAtLineWrapKept(t *testing.T) {
	f := newScenario(t)
	f.do(func() { f.s.onNewClaim() })
	e := f.s.claims.editor
	want := "Die Kanzlerin reiste am Dienstag bis Blinken und weiter nach Genf, um dort über Zölle zu sprechen, sagte ein Sprecher."
	for w := float32(1024); w <= 1400; w += 32 {
		for _, entry := range []*wrapEntry{e.text, e.rationale} {
			f.do(func() {
				f.u.win.Resize(fyne.NewSize(w, 700))
				entry.SetText("")
				f.u.win.Canvas().Focus(entry)
				typeLikeDesktop(entry, want)
			})
			if entry.Text != want {
				t.Fatalf("window width %.0f: typed across the wrap:\n got %q\nwant %q", w, entry.Text, want)
			}
		}
	}
}

// typeLikeDesktop types s into e as the desktop driver delivers it: for
// every character first the key (the space bar, a letter) to TypedKey, then
// the character to TypedRune, with no focus event in between.
func typeLikeDesktop(e fyne.Focusable, s string) {
	for _, r := range s {
		name := fyne.KeyName(strings.ToUpper(string(r)))
		if r == ' ' {
			name = fyne.KeySpace
		}
		e.TypedKey(&fyne.KeyEvent{Name: name})
		e.TypedRune(r)
	}
}

// editorNotEmpty says which field or tab of the editor is not empty, "" if
// none is: the state a new claim must start in.
func editorNotEmpty(e *claimEditor) string {
	switch {
	case e.text.Text != "":
		return "text " + e.text.Text
	case e.claimant.Text != "":
		return "claimant " + e.claimant.Text
	case e.date.Text != "":
		return "date " + e.date.Text
	case e.status.SelectedIndex() != 0:
		return "status " + e.status.Selected
	case e.verdict.SelectedIndex() > 0:
		return "verdict " + e.verdict.Selected
	case e.selectedRating() != "":
		return "rating " + e.selectedRating()
	case e.conclusion.Text != "":
		return "conclusion " + e.conclusion.Text
	case e.rationale.Text != "":
		return "rationale " + e.rationale.Text
	case e.tags.Text != "":
		return "tags " + e.tags.Text
	case len(e.evidence.items) > 0:
		return fmt.Sprintf("%d evidence items", len(e.evidence.items))
	case e.tabs.Items[1].Text != e.evidenceTabTitle(0):
		return "evidence tab " + e.tabs.Items[1].Text
	case len(e.history.lines()) > 0:
		return "history " + strings.Join(e.history.lines(), "; ")
	}
	return ""
}

// newScenarioIn is newScenario with the window in language ("de" or
// "en"); the language goes back to the default when the test ends.
func newScenarioIn(t *testing.T, language string) *shellFixture {
	f := newScenario(t)
	if language == "de" {
		f.do(func() { f.u.setLanguage("de") })
		t.Cleanup(func() { switchLanguage("") })
		f.s = f.u.shell
	}
	return f
}
