package desk

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"claimdesk/claims"
	"claimdesk/claims/extract"
)

// TestUnitTextPrintCopy checks that a suggestion made from text copied out
// of a print layout reads as one line with its hyphenated words whole
// (invented sentences), and that a word cut at a line end reads as the
// article writes it elsewhere ("long-⏎term" as "long-term"), as the
// extractor read it, where the unit's text alone would join it.
func TestUnitTextPrintCopy(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Die Bundes-\nregierung senkt die Steuer um\n3 Prozent.", "Die Bundesregierung senkt die Steuer um 3 Prozent."},
		{"Der Nord-\nOstsee-Kanal bleibt gesperrt.", "Der Nord-Ostsee-Kanal bleibt gesperrt."},
		{"  Die Kultus\u00administerin sprach von 40 Schulen.\n", "Die Kultusministerin sprach von 40 Schulen."},
		{"The govern-\nment cut the tax by 3 percent.", "The government cut the tax by 3 percent."},
		{"The long-term plan was approved. A long-\nterm contract was not signed.", "A long-term contract was not signed."},
	}
	for _, c := range cases {
		units := extract.Extract(c.in, extract.Options{})
		if got := UnitText(units[len(units)-1]); got != c.want {
			t.Errorf("UnitText of the last unit of %q = %q, want %q", c.in, got, c.want)
		}
	}
}

// pageBroken is an invented news text copied from a print layout: a
// sentence cut by a page break (page number and running head between its
// parts) and words cut at line ends, one of them written whole elsewhere.
const pageBroken = `Der Kreistag hat am Dienstag die Gebühren für die Müllabfuhr um acht
Prozent erhöht. Landrat Uwe Kamphaus sagte, die Kosten seien in den
vergangenen zwei Jahren um ein

Seite 4 · Tagesblatt · Montag, 3. Mai 2027

Drittel gestiegen. Die Fraktion der Grünen sprach von einer Kurz-
schluss-Entscheidung und forderte einen Plan, der lang-
fristig trage. Ein langfristig tragfähiger Plan fehle.
`

// TestSuggestionClaimPageBreak checks that the claim accepted from a
// sentence cut by a page break holds the sentence without the page's
// number and running head, while its anchor keeps the article's own
// offsets and words (the reader highlights by them), and that a word cut
// at a line end reads as the article writes it.
func TestSuggestionClaimPageBreak(t *testing.T) {
	a := &claims.Article{ID: "a1", Body: pageBroken, Language: "de"}
	want := map[string]string{
		"Landrat":      "Landrat Uwe Kamphaus sagte, die Kosten seien in den vergangenen zwei Jahren um ein Drittel gestiegen.",
		"Die Fraktion": "Die Fraktion der Grünen sprach von einer Kurzschluss-Entscheidung und forderte einen Plan, der langfristig trage.",
	}
	found := 0
	for _, u := range extract.Extract(pageBroken, extract.Options{Lang: "de"}) {
		for prefix, text := range want {
			if !strings.HasPrefix(u.Text, prefix) {
				continue
			}
			found++
			c, err := SuggestionClaim(a, u)
			if err != nil {
				t.Fatal(err)
			}
			start, end := UnitSpan(u)
			if c.Text != text || c.Anchor.Start != start || c.Anchor.End != end || c.Anchor.Exact != pageBroken[start:end] {
				t.Errorf("claim %q anchored at %d–%d %q; want %q at %d–%d", c.Text, c.Anchor.Start, c.Anchor.End, c.Anchor.Exact, text, start, end)
			}
		}
	}
	if found != len(want) {
		t.Fatalf("%d of the %d sentences found", found, len(want))
	}
}

// TestClaimTextSelection checks a passage selected across the page break
// (the window's "make a claim of the selected text" reads the selection
// inside the article, ClaimTextIn), where a word cut at a line end reads
// as the article writes it elsewhere, and the same passage read alone.
func TestClaimTextSelection(t *testing.T) {
	s := strings.Index(pageBroken, "die Kosten")
	e := strings.Index(pageBroken, "Drittel gestiegen") + len("Drittel gestiegen")
	if got, want := ClaimTextIn(pageBroken, s, e), "die Kosten seien in den vergangenen zwei Jahren um ein Drittel gestiegen"; got != want {
		t.Errorf("selection: %q, want %q", got, want)
	}
	text := "The long-term plan was approved. A long-\nterm contract was not signed."
	s = strings.Index(text, "A long")
	if got, want := ClaimTextIn(text, s, len(text)), "A long-term contract was not signed."; got != want {
		t.Errorf("in the text: %q, want %q", got, want)
	}
	if got, want := ClaimTextIn(text[s:], 0, len(text)-s), "A longterm contract was not signed."; got != want {
		t.Errorf("alone: %q, want %q", got, want)
	}
}

// TestPrepareTwoColumns checks that a text pasted from a page set in two
// columns (an invented one, as "pdftotext -layout" gives it) is stored in
// one column, so that the sentence that goes on from the foot of the left
// column to the head of the right one is one unit, and no unit holds
// words of both columns side by side.
func TestPrepareTwoColumns(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "importer", "testdata", "columns", "en_two.txt"))
	if err != nil {
		t.Fatal(err)
	}
	a := &claims.Article{Body: string(b)}
	units := Prepare(a, ImportOptions{})
	want := "Opposition members called the plan\ntoo expensive and said the buses\nwould do the same job for a tenth\nof the money."
	found := false
	for _, u := range units {
		found = found || u.Text == want
		if strings.Contains(u.Text, "   ") {
			t.Errorf("a unit across the columns: %q", u.Text)
		}
	}
	if !found || a.Title != "Council backs new tram line" {
		t.Errorf("title %q, no unit %q in %d units", a.Title, want, len(units))
	}
}
