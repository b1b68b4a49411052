package app

import (
	"testing"

	"fyne.io/fyne/v2"
)

// TestPasteDropsControls: control characters pasted into a claim's fields
// were kept and drawn as "�" with a gap. The rationale (a wrapping field),
// the claim text and the claimant (a one-line field) paste them dropped,
// tab and line feed kept (a one-line field makes the line feed a space, as
// Fyne does), in the German window; nothing after them is lost.
func TestPasteDropsControls(t *testing.T) {
	f := newGermanFixture(t)
	c := f.addClaim("Die Mieten stiegen 2024 um 7 Prozent.")
	f.do(func() { f.u.openClaim(c.ID) })
	ed := f.s.claims.editor
	clip := fyne.CurrentApp().Clipboard()
	pasted := "Anfang\x01Mitte\x1b[31mRot\x7fEnde\u0085C1\u200d Schluss.\tTab\nZeile"
	for _, c := range []struct {
		name  string
		entry fyne.Shortcutable
		text  func() string
		want  string
	}{
		{"rationale", ed.rationale, func() string { return ed.rationale.Text }, "AnfangMitte[31mRotEndeC1\u200d Schluss.\tTab\nZeile"},
		{"claim text", ed.text, func() string { return ed.text.Text }, "AnfangMitte[31mRotEndeC1\u200d Schluss.\tTab\nZeile"},
		{"claimant", ed.claimant, func() string { return ed.claimant.Text }, "AnfangMitte[31mRotEndeC1\u200d Schluss.\tTab Zeile"},
	} {
		clip.SetContent(pasted)
		f.do(func() {
			c.entry.(interface{ SetText(string) }).SetText("")
			f.win().Canvas().Focus(c.entry.(fyne.Focusable))
			c.entry.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip})
		})
		if got := c.text(); got != c.want {
			t.Errorf("%s after the paste: %q, want %q", c.name, got, c.want)
		}
	}
}

// TestWholeClip: the clipboard's own text is taken only when the driver's
// is its start cut at a NUL (at the first NUL, or at the first of each
// part of a text sent in parts); otherwise, or when it cannot be read, the
// driver's text stays.
func TestWholeClip(t *testing.T) {
	for _, c := range []struct {
		name, driver, whole string
		ok                  bool
		want                string
	}{
		{"cut at a NUL", "Vorher", "Vorher\x00Nachher", true, "Vorher\x00Nachher"},
		{"cut in parts", "Teil einsTeil zwei", "Teil eins\x00weg\nTeil zwei\x00", true, "Teil eins\x00weg\nTeil zwei\x00"},
		{"starts with a NUL", "", "\x00Rest", true, "\x00Rest"},
		{"no NUL", "Ganz", "Ganz", true, "Ganz"},
		{"not readable", "Vorher", "", false, "Vorher"},
		{"another text", "Anderes", "Vorher\x00Nachher", true, "Anderes"},
		{"the driver's longer", "Vorher und mehr", "Vorher\x00", true, "Vorher und mehr"},
	} {
		got := wholeClip(c.driver, func() (string, bool) { return c.whole, c.ok })
		if got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}

// TestCleanText: the controls that end a line become line feeds, the
// others are dropped, tab and line feed stay.
func TestCleanText(t *testing.T) {
	in := "a\r\nb\rc\vd\fe\x00f\x1bg\th\ni\u0085j"
	if got, want := cleanText(in), "a\nb\nc\nd\nefg\th\nij"; got != want {
		t.Errorf("cleanText(%q) = %q, want %q", in, got, want)
	}
}
