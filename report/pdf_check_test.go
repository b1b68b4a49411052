package report_test

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"claimdesk/report"
	"claimdesk/report/internal/pdfcheck"
)

// TestPDFStructureAndText checks the PDF report without PDF tools: the
// file's structure (pdfcheck), the hostile texts drawn as text, the footer
// of every page and the contents with the page numbers of their targets.
func TestPDFStructureAndText(t *testing.T) {
	for _, lang := range []string{"en", "de"} {
		pdf := write(t, fixtureData(), report.Options{Format: report.PDF, Lang: lang, History: true})
		f, err := pdfcheck.Parse(pdf)
		if err != nil {
			t.Fatalf("%s: %v", lang, err)
		}
		pages, err := f.Text()
		if err != nil {
			t.Fatalf("%s: %v", lang, err)
		}
		all := strings.Join(pages, "\n")
		flat := strings.Join(strings.Fields(all), " ")
		for _, h := range append(hostile, "„Rekordschulden“", "500 Mrd. €", "Köln", "−1,2 %") {
			if !strings.Contains(flat, strings.Join(strings.Fields(h), " ")) {
				t.Errorf("%s: the PDF text lacks %q", lang, h)
			}
		}
		page := map[string]string{"en": "Page %d of %d", "de": "Seite %d von %d"}[lang]
		for i, p := range pages {
			if !strings.Contains(p, fmt.Sprintf(page, i+1, len(pages))) {
				t.Errorf("%s: page %d lacks its footer:\n%s", lang, i+1, p)
			}
		}
		contents := map[string]string{"en": "Contents", "de": "Inhalt"}[lang]
		if !strings.Contains(pages[0], contents+"\n") || !strings.Contains(pages[0], "Die Schulden steigen 2026") {
			t.Errorf("%s: page 1 lacks the contents:\n%s", lang, pages[0])
		}
		checkTOCPages(t, pages)
	}
}

// tocLine is a claim's line in the contents: number, text and page.
var tocLine = regexp.MustCompile(`(?m)^(\d+)\. (.{12}).*\n(\d+)$`)

// checkTOCPages: each claim of the contents is on the page given there.
func checkTOCPages(t *testing.T, pages []string) {
	t.Helper()
	lines := tocLine.FindAllStringSubmatch(pages[0], -1)
	if len(lines) != 5 {
		t.Fatalf("%d claims in the contents, want 5:\n%s", len(lines), pages[0])
	}
	for _, m := range lines {
		n, _ := strconv.Atoi(m[3])
		if n < 2 || n > len(pages) || !strings.Contains(pages[n-1], m[2]) {
			t.Errorf("claim %s (%q) is not on page %s", m[1], m[2], m[3])
		}
	}
}
