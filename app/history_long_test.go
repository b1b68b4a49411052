package app

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
)

// longShapes are invented long values of the shapes a rationale can take:
// one paragraph of sentences, many paragraphs, and 200,000 characters of
// words without a full stop.
func longShapes(mark string) map[string]string {
	var one, many strings.Builder
	for i := 0; one.Len() < 20_000; i++ {
		fmt.Fprintf(&one, "Die Behörde nannte im Bericht %d eine andere Zahl als im Vorjahr. ", i)
	}
	for i := 0; many.Len() < 30_000; i++ {
		fmt.Fprintf(&many, "Paragraph %d says the figure was revised. It was checked twice.\n\n", i)
	}
	words := strings.Repeat("Wort und noch ein Wort ", 200_000/23)
	return map[string]string{
		"one paragraph":   one.String() + mark,
		"many paragraphs": many.String() + mark,
		"200,000 chars":   words + mark,
	}
}

// noSpace is s without white space, to compare texts whose line breaks
// differ.
func noSpace(s string) string { return strings.Join(strings.Fields(s), "") }

// TestHistoryLongValueExpands: expanding a change of a rationale of 18,000
// characters took over a minute, the row wrapping the whole value. The
// expanded row shows each value cut near expandedValueRunes with " …" and
// a button; the whole change (wholeText) and its lines in the dialog lose
// nothing.
func TestHistoryLongValueExpands(t *testing.T) {
	olds, news := longShapes("ALT-ENDE"), longShapes("NEU-ENDE")
	for shape := range olds {
		t.Run(shape, func(t *testing.T) {
			f := newShellFixture(t)
			c := &claims.Claim{Text: "Die Inflation lag 2023 bei 5,9 Prozent.", Rationale: olds[shape]}
			if err := f.svc.Claims.CreateClaim(f.u.ctx(), c); err != nil {
				t.Fatal(err)
			}
			nw := news[shape]
			if _, err := f.svc.Claims.UpdateClaim(f.u.ctx(), c.ID, claims.ClaimUpdate{Rationale: &nw}); err != nil {
				t.Fatal(err)
			}
			f.do(func() { f.u.openClaim(c.ID) })
			h := f.s.claims.editor.history
			i := rationaleRow(t, h)
			row := historyRow().(*fyne.Container) // the row the pane fills, without the key mark (list_mark.go)
			f.do(func() { h.toggle(i) })
			f.do(func() { h.updateRow(i, row) })
			title := row.Objects[0].(*widget.Label).Text
			if n := utf8.RuneCountInString(title); n > 2*expandedValueRunes+100 || strings.Count(title, " …") != 2 {
				t.Fatalf("expanded row holds %d characters: %.200q…", n, title)
			}
			bar := row.Objects[2].(*fyne.Container)
			if !bar.Visible() {
				t.Fatal("no button for the whole text")
			}
			whole := h.wholeText(h.event(i))
			for _, v := range []string{olds[shape], nw} {
				if !strings.Contains(whole, strings.TrimSpace(v)) {
					t.Fatalf("the whole change lacks a value of %d characters", len(v))
				}
			}
			lines := wrapLines(whole, wholeTextLineRunes)
			for _, l := range lines {
				if utf8.RuneCountInString(l) > wholeTextLineRunes {
					t.Fatalf("line of %d characters", utf8.RuneCountInString(l))
				}
			}
			if noSpace(strings.Join(lines, "\n")) != noSpace(whole) {
				t.Fatal("the lines of the whole text differ from it")
			}
			f.do(func() { test.Tap(bar.Objects[0].(*widget.Button)) })
			if f.win().Canvas().Overlays().Top() == nil {
				t.Fatal("the button opened no dialog")
			}
		})
	}
}

// rationaleRow is the row of h that shows the change of the rationale.
func rationaleRow(t *testing.T, h *historyPane) int {
	for i := range h.events {
		if h.event(i).Field == claims.FieldRationale {
			return i
		}
	}
	t.Fatalf("no change of the rationale among %d events", len(h.events))
	return 0
}

// TestCutAtSentence checks where a long value is cut: at a paragraph end,
// else a sentence end, else a space, in the second half of the limit.
func TestCutAtSentence(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Kurz.", "Kurz."},
		{"Erster Absatz hier.\nZweiter Absatz, der lang ist", "Erster Absatz hier. …"},
		{"One sentence ends. The next one goes on", "One sentence ends. …"},
		{"words and more words and more", "words and more words and …"},
	} {
		if got, _ := cutAtSentence(c.in, 25); got != c.want {
			t.Errorf("cutAtSentence(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestEarlierTextLongParagraph: an article's earlier text was one wrapped
// label, which took minutes for a long paragraph. The dialog shows it as a
// list of lines that together hold the whole text.
func TestEarlierTextLongParagraph(t *testing.T) {
	f := newShellFixture(t)
	text := longShapes("ENDE")["200,000 chars"]
	f.do(func() { f.u.showEarlierText(text) })
	top := f.win().Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog")
	}
	var list *widget.List
	for _, o := range test.LaidOutObjects(top) {
		if l, ok := o.(*widget.List); ok {
			list = l
		}
	}
	if list == nil {
		t.Fatal("the earlier text is not shown as a list of lines")
	}
	var lines []string
	for i := range list.Length() {
		l := list.CreateItem().(*canvas.Text)
		list.UpdateItem(i, l)
		lines = append(lines, l.Text)
	}
	if noSpace(strings.Join(lines, " ")) != noSpace(text) {
		t.Fatalf("the %d lines differ from the earlier text", len(lines))
	}
}
