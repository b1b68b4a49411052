package report_test

import (
	"regexp"
	"strings"
	"testing"

	"claimdesk/report"
	"claimdesk/report/internal/pdfcheck"
)

// TestPDFHeadingNotAloneAtPageFoot: a claim's small heading ("BELEGE",
// "VERLAUF") is never the last line of a page with what it heads on the
// next. Seen in a German PDF: a long rationale filled page 3 down to
// "BELEGE", and "Keine Belege erfasst." began page 4. The rationale grows
// line by line here, so that each heading comes to the page's foot once.
func TestPDFHeadingNotAloneAtPageFoot(t *testing.T) {
	sentence := "Die Zahlen des Amtes zeigen einen Anstieg, der deutlich über dem Mittel liegt. "
	headings := []string{"BELEGE", "VERLAUF", "BEGRÜNDUNG"}
	for n := 60; n <= 110; n++ {
		d := fixtureData()
		d.Claims = d.Claims[:1]
		c := *d.Claims[0]
		c.Rationale = strings.Repeat(sentence, n)
		d.Claims[0] = &c
		pdf := write(t, d, report.Options{Format: report.PDF, Lang: "de", History: true})
		f, err := pdfcheck.Parse(pdf)
		if err != nil {
			t.Fatal(err)
		}
		pages, err := f.Text()
		if err != nil {
			t.Fatal(err)
		}
		for i, p := range pages[:len(pages)-1] {
			lines := bodyLines(p)
			if len(lines) == 0 {
				continue
			}
			last := lines[len(lines)-1]
			for _, h := range headings {
				if last == h {
					t.Errorf("%d sentences: page %d of %d ends with the heading %q", n, i+1, len(pages), h)
				}
			}
			if stanceLabel.MatchString(last) {
				t.Errorf("%d sentences: page %d of %d ends with the stance %q", n, i+1, len(pages), last)
			}
		}
	}
}

// stanceLabel is the line over a stance's sources, such as "Kontext (1)".
var stanceLabel = regexp.MustCompile(`^(Stützt die Behauptung|Widerlegt die Behauptung|Kontext) \(\d+\)$`)

// bodyLines are the lines of a page's text without the footer and empty
// lines.
func bodyLines(page string) []string {
	var out []string
	for _, l := range strings.Split(page, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.Contains(l, "Seite ") || strings.HasPrefix(l, "Faktencheck-Bericht") || strings.HasPrefix(l, "Erstellt") {
			continue
		}
		out = append(out, l)
	}
	return out
}
