package app

import (
	"strings"
	"testing"
)

// TestReaderShowsPrintReading: an article copied from a print layout
// (invented) writes "long-term" on one line and cuts it at a line end in
// a later sentence. The reader's row and the suggestion's text read the
// cut word as the article writes it, as the extractor read it; the unit's
// text alone would join it ("longterm"). The claim accepted from it reads
// so too (desk.SuggestionClaim, TestUnitTextPrintCopy).
func TestReaderShowsPrintReading(t *testing.T) {
	f := newScenarioIn(t, "en")
	body := "Council plans long-term budget\n\nThe council approved a long-term budget on Monday. The mayor said a long-\nterm loan of 40 million euros would cost 2 million euros a year in\ninterest, and the opposition called the loan too expensive.\n"
	a := f.addArticle("Council plans long-term budget", body)
	r := f.s.articles.reader
	f.do(func() { f.s.openArticle(a.ID) })
	unit := -1
	for i, u := range r.units {
		if strings.Contains(u.Text, "mayor") {
			unit = i
		}
	}
	if unit < 0 {
		t.Fatalf("no unit with the mayor among %d", len(r.units))
	}
	want := "The mayor said a long-term loan of 40 million euros would cost 2 million euros a year in interest, and the opposition called the loan too expensive."
	if got := r.sentences.rows[unit].text; got != want {
		t.Errorf("row %q, want %q", got, want)
	}
	if got := r.panel.info(unit).text; got != want {
		t.Errorf("suggestion %q, want %q", got, want)
	}
}
