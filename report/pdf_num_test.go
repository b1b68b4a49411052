package report

import (
	"io"
	"testing"
	"time"
)

// TestPDFClaimNumberNotTouchingText: the number before a claim's text has
// room for itself and a gap, also from 1000 on. Seen in a German PDF of
// 2,505 claims: "1800„Ausnahmen …" — four digits are wider than the fixed
// 9 mm column, and the number ran into the opening quotation mark.
func TestPDFClaimNumberNotTouchingText(t *testing.T) {
	data := &Data{GeneratedAt: time.Date(2026, 3, 20, 9, 30, 0, 0, time.UTC)}
	v := buildView(data, Options{Format: PDF, Lang: "de", Location: time.UTC})
	d := &pdfDoc{v: v, l: v.L, warned: map[string]bool{}}
	if err := d.setup(io.Discard, data); err != nil {
		t.Fatal(err)
	}
	defer d.w.Abort()
	d.f.AddPage()
	d.font("", 11, colMuted) // the number's font, as claim sets it
	for _, num := range []string{"1", "42", "999", "1000", "1800", "25050", "250500"} {
		w, text := d.numWidth(num), d.f.StringWidth(num)
		if w < text+1 {
			t.Errorf("number %s is %.1f mm wide in a column of %.1f mm: less than 1 mm before the text", num, text, w)
		}
		if len(num) <= 3 && w != 9 {
			t.Errorf("number %s: column %.1f mm, want the usual 9 mm", num, w)
		}
	}
}
