package desk

import (
	"testing"

	"claimdesk/claims"
	"claimdesk/claims/extract"
)

func TestUnixLines(t *testing.T) {
	for in, want := range map[string]string{
		"a\r\nb": "a\nb", "a\rb": "a\nb", "a\r\r\nb": "a\n\nb", "a\nb": "a\nb", "": "",
	} {
		if got := UnixLines(in); got != want {
			t.Errorf("UnixLines(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPrepareDropsControlCharacters(t *testing.T) {
	a := &claims.Article{
		Title: "Steuer\x07zeichen\x1b",
		Body:  "Die Stadt\x00 zahlte \x1b[1m5\x1b[0m Euro\x7f.\r\nZweite\u0085 Zeile\tmit Tab \u200dund \u202bRTL\u202c.",
	}
	dropped := 1 // Prepare adds to it
	Prepare(a, ImportOptions{Extract: func(string, extract.Options) []extract.Unit { return nil }, Dropped: &dropped})
	if dropped != 1+2+5 { // the line end is no dropped control
		t.Errorf("dropped %d controls, want 2 in the title and 5 in the body", dropped-1)
	}
	title := &claims.Article{Title: "Erste\x07 Zeile", Body: "Erste\x07 Zeile\nZweite\x00 Zeile."}
	dropped = 0
	Prepare(title, ImportOptions{Extract: func(string, extract.Options) []extract.Unit { return nil }, Dropped: &dropped})
	if dropped != 2 {
		t.Errorf("a title taken from the text: dropped %d controls, want 2 (each counted once)", dropped)
	}
	if a.Title != "Steuerzeichen" {
		t.Errorf("title %q", a.Title)
	}
	want := "Die Stadt zahlte [1m5[0m Euro.\nZweite Zeile\tmit Tab \u200dund \u202bRTL\u202c."
	if a.Body != want {
		t.Errorf("body %q, want %q", a.Body, want)
	}
}

// TestPrepareInvisibleTitle: a title of only a zero-width space (pasted
// from a web page) was kept, and the article stored with an invisible
// title; a text whose first line is one gave an empty title. Both take
// the first visible line.
func TestPrepareInvisibleTitle(t *testing.T) {
	none := ImportOptions{Extract: func(string, extract.Options) []extract.Unit { return nil }}
	for _, title := range []string{"\u200b", "\u00ad\ufeff", ""} {
		a := &claims.Article{Title: title, Body: "\u200b\n\u2060\nDer Rat tagte am Montag."}
		Prepare(a, none)
		if a.Title != "Der Rat tagte am Montag." {
			t.Errorf("title %q: got %q", title, a.Title)
		}
	}
}
