package app

import (
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// This file tests parts of the reader on their own: the wrap estimate, the
// selection's span, the passage window and the threshold slider.

func TestWrapEstimateCoversLabel(t *testing.T) {
	f := newReaderFixture(t)
	_ = f
	m := newWrapMetrics()
	texts := strings.Split(bigText(2000), ". ")
	texts = append(texts, readerTestText, "Kurz.", strings.Repeat("Donaudampfschifffahrtsgesellschaft", 4))
	for _, width := range []float32{180, 517} {
		for _, bold := range []bool{false, true} {
			for _, s := range texts {
				l := &widget.Label{Text: s, Wrapping: fyne.TextWrapWord, TextStyle: fyne.TextStyle{Bold: bold}}
				w := test.NewWindow(l) // text is measured only on a canvas
				w.SetPadded(false)
				w.Resize(fyne.NewSize(width, 2000))
				real := l.MinSize().Height
				w.Close()
				if est := m.height(m.lines(s, width, bold)); est < real {
					t.Fatalf("width %v bold %v: estimated %v < real %v for %q", width, bold, est, real, s)
				}
			}
		}
	}
}

func TestSelectionSpan(t *testing.T) {
	body := "Größe: „Über 12 %“ sagte Jörg.\nZweite Zeile mit Ä."
	for _, tc := range []struct {
		name       string
		cursor     int // runes
		sel        string
		start, end int // bytes
		ok         bool
	}{
		{"forward", 7, "„Über 12 %“", strings.Index(body, "„"), strings.Index(body, " sagte"), true},
		{"backward", len([]rune("Größe: „Über 12 %“")), "„Über 12 %“", strings.Index(body, "„"), strings.Index(body, " sagte"), true},
		{"trimmed", len([]rune(body[:strings.Index(body, "\nZweite")])), "\nZweite ", strings.Index(body, "Zweite"), strings.Index(body, "Zweite") + len("Zweite"), true},
		{"starts inside a word", len([]rune("Größe: „Über 12 %“ sa")), "gte Jö", strings.Index(body, "sagte"), strings.Index(body, "Jörg") + len("Jörg"), true},
		{"ends inside a word", len([]rune("Größe: „")), "„Üb", strings.Index(body, "„"), strings.Index(body, " 12"), true},
		{"inside one word", len([]rune("Größe: „Über 12 %“ sagte Jörg.\nZw")), "eit", strings.Index(body, "Zweite"), strings.Index(body, "Zweite") + len("Zweite"), true},
		{"empty", 3, "", 0, 0, false},
		{"blank", 3, "  ", 0, 0, false},
	} {
		s, e, ok := selectionSpan(body, tc.cursor, tc.sel)
		if ok != tc.ok || (ok && (s != tc.start || e != tc.end)) {
			t.Errorf("%s: got %d..%d %v, want %d..%d %v", tc.name, s, e, ok, tc.start, tc.end, tc.ok)
		}
	}
}

func TestReaderThresholdSlider(t *testing.T) {
	f := newReaderFixture(t)
	f.importText()
	r := f.v.reader
	before := len(r.suggested)
	f.act(func() { r.slider.SetValue(0.1) })
	more := len(r.suggested)
	f.act(func() { r.slider.SetValue(0.95) })
	fewer := len(r.suggested)
	if !(more >= before && fewer <= before && more > fewer) {
		t.Fatalf("suggestions at 0.1/default/0.95: %d/%d/%d", more, before, fewer)
	}
	if got := f.u.prefs.Float(prefReaderThreshold); got != 0.95 {
		t.Errorf("threshold not remembered: %v", got)
	}
	for i, row := range r.sentences.rows {
		if row.worthy != (r.units[i].Score >= 0.95) {
			t.Fatalf("row %d bold = %v at score %v", i, row.worthy, r.units[i].Score)
		}
	}
	// a sentence below the threshold shows its details and can be accepted
	low := -1
	for i, u := range r.units {
		if u.Score < 0.95 {
			low = i
			break
		}
	}
	f.act(func() { r.sentences.list.Select(low) })
	p := r.panel
	if p.dText.Text != unitText(r.units[low]) || p.list.selected != -1 {
		t.Fatalf("details of the chosen sentence: %q (list selection %d)", p.dText.Text, p.list.selected)
	}
	f.act(func() { test.Tap(p.dAccept) })
	a := r.article
	start, _ := unitSpan(r.units[low])
	if c := f.claimOf(a.ID, start); c.Text != unitText(r.units[low]) {
		t.Fatalf("claim from the sentence = %q", c.Text)
	}
}

func TestPassageWindow(t *testing.T) {
	body := strings.Repeat("Ärger über Kosten: 12 Prozent mehr.\n", 400) // 15 KB
	if s, e := passageWindow("kurz", 2, 100); s != 0 || e != 4 {
		t.Fatalf("short body: %d..%d", s, e)
	}
	at := strings.Index(body[7000:], "Kosten") + 7000
	s, e := passageWindow(body, at, 4096)
	if s > at || at >= e || e-s > 4096 || body[s-1] != '\n' || body[e] != '\n' {
		t.Fatalf("window %d..%d for %d", s, e, at)
	}
	if !strings.HasPrefix(body[s:], "Ärger") || !utf8.ValidString(body[s:e]) {
		t.Fatalf("window does not start at the paragraph: %q", body[s:s+20])
	}
	// an article of a title and one long paragraph: the window from the
	// start holds the paragraph too, not only the title
	long := "Lange Zeile\n\n" + strings.Repeat("Die Kämmerin nannte 12 Millionen Euro. ", 400)
	if s, e := passageWindow(long, 0, 4096); s != 0 || e < 2048 || e-s > 4096 || !utf8.ValidString(long[s:e]) {
		t.Fatalf("long paragraph: window %d..%d", s, e)
	}
}
