package pdfw

import (
	"testing"

	"claimdesk/report/internal/pdfcheck"
)

// parsePDF reads b back with pdfcheck, which checks its structure.
func parsePDF(t *testing.T, b []byte) *pdfcheck.File {
	t.Helper()
	f, err := pdfcheck.Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// pages returns the page objects of f in order.
func pages(t *testing.T, f *pdfcheck.File) []int {
	t.Helper()
	p, err := f.Pages()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// contents returns the content streams of page object pg.
func contents(t *testing.T, f *pdfcheck.File, pg int) [][]byte {
	t.Helper()
	c, err := f.Contents(pg)
	if err != nil {
		t.Fatal(err)
	}
	return c
}
