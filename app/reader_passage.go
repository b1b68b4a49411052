package app

import (
	"reflect"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// passageLimit is the most text (bytes) the passage entry shows at once.
// Fyne's entry lays out its whole text on the UI goroutine, which takes
// minutes for a megabyte; longer articles are shown in windows of about
// this size around the chosen sentence.
const passageLimit = 12 << 10

// passageEntry shows the article body, or a window of it, for selecting a
// passage. It is a multi-line entry that can be read, scrolled, selected and
// copied but not edited; Ctrl+K makes the selection a claim.
type passageEntry struct {
	widget.Entry
	body        string // the text shown: body of the article from base on
	base        int    // byte offset of body in the article body
	onMakeClaim func()
	onKey       func(*fyne.KeyEvent) bool // offered F1 and Escape (the window's keys)
}

// newPassageEntry returns an empty passage entry that offers F1 and Escape
// to onKey (may be nil).
func newPassageEntry(onKey func(*fyne.KeyEvent) bool) *passageEntry {
	e := &passageEntry{onKey: onKey}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.ExtendBaseWidget(e)
	e.OnChanged = func(s string) {
		if s != e.body { // undo or a missed edit path: put the text back
			e.SetText(e.body)
		}
	}
	return e
}

// setBody shows text, which starts at byte base of the article body.
func (e *passageEntry) setBody(text string, base int) {
	e.body, e.base = text, base
	e.SetText(text)
	e.CursorRow, e.CursorColumn = 0, 0
	e.Refresh()
}

// TypedRune ignores typing: the text is read-only.
func (e *passageEntry) TypedRune(rune) {}

// TypedKey passes on the keys that move the cursor or the selection, and
// F1 and Escape to the window.
func (e *passageEntry) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyF1, fyne.KeyEscape:
		if e.onKey != nil {
			e.onKey(ev)
		}
	case fyne.KeyUp, fyne.KeyDown, fyne.KeyLeft, fyne.KeyRight,
		fyne.KeyHome, fyne.KeyEnd, fyne.KeyPageUp, fyne.KeyPageDown:
		e.Entry.TypedKey(ev)
	}
}

// TypedShortcut handles Ctrl+K, Ctrl+Home and Ctrl+End (docEdge) and
// passes on copying, selecting all and moving by word; cutting copies, and
// pasting, undo and deleting are ignored.
func (e *passageEntry) TypedShortcut(sc fyne.Shortcut) {
	if docEdge(&e.Entry, sc) {
		return
	}
	switch s := sc.(type) {
	case *fyne.ShortcutCopy, *fyne.ShortcutSelectAll:
		e.Entry.TypedShortcut(sc)
	case *fyne.ShortcutCut:
		e.Entry.TypedShortcut(&fyne.ShortcutCopy{Clipboard: s.Clipboard})
	case *desktop.CustomShortcut:
		if isMakeClaimShortcut(s) {
			if e.onMakeClaim != nil {
				e.onMakeClaim()
			}
			return
		}
		switch s.KeyName {
		case fyne.KeyLeft, fyne.KeyRight, fyne.KeyUp, fyne.KeyDown, fyne.KeyHome, fyne.KeyEnd:
			e.Entry.TypedShortcut(sc)
		}
	}
}

// MouseDown places the cursor where the click was. Fyne's entry (2.7.1
// and 2.8.1) takes the focus before it reads the click, and taking the
// focus scrolls its cursor into view: after the checker scrolled down, the
// first click jumped back to the top and put the cursor in the sentence
// that was there. Before an unfocused entry gets the click, the cursor is
// moved into the visible part, so taking the focus does not scroll.
func (e *passageEntry) MouseDown(m *desktop.MouseEvent) {
	c := fyne.CurrentApp().Driver().CanvasForObject(e)
	if off, ok := e.scrollOffset(); ok && c != nil && c.Focused() != e {
		e.cursorToY(off.Y + m.Position.Y)
	}
	e.Entry.MouseDown(m)
}

// cursorToY puts the cursor at the start of the row shown at height y of
// the text (the last row when y is below the text).
func (e *passageEntry) cursorToY(y float32) {
	e.CursorRow, e.CursorColumn = 0, 0
	y0 := e.CursorPosition().Y
	e.CursorRow = 1
	h := e.CursorPosition().Y - y0
	if h <= 0 {
		e.CursorRow = 0
		return
	}
	row := max(0, int((y-y0)/h))
	for row > 0 && !e.rowExists(row) {
		row--
	}
	e.CursorRow = row
}

// rowExists reports whether the text has a (wrapped) row number row.
func (e *passageEntry) rowExists(row int) bool {
	e.CursorRow, e.CursorColumn = row, 0
	return e.CursorTextOffset() > 0 || row == 0
}

// scrollOffset reads the scroll position of the entry's text. Fyne keeps
// it unexported; it is read (never written) by reflection, and ok is false
// when a Fyne version stores it otherwise (then clicks behave as Fyne's).
func (e *passageEntry) scrollOffset() (off fyne.Position, ok bool) {
	sc := reflect.ValueOf(&e.Entry).Elem().FieldByName("scroll")
	if !sc.IsValid() || sc.Kind() != reflect.Pointer || sc.IsNil() {
		return off, false
	}
	o := sc.Elem().FieldByName("Offset")
	if !o.IsValid() || o.Type() != reflect.TypeOf(fyne.Position{}) {
		return off, false
	}
	return fyne.NewPos(float32(o.Field(0).Float()), float32(o.Field(1).Float())), true
}

// TappedSecondary shows a menu without the editing items.
func (e *passageEntry) TappedSecondary(pe *fyne.PointEvent) {
	c := fyne.CurrentApp().Driver().CanvasForObject(e)
	if c == nil {
		return
	}
	menu := fyne.NewMenu("",
		fyne.NewMenuItem(lang.L("Make claim (Ctrl+K)"), func() {
			if e.onMakeClaim != nil {
				e.onMakeClaim()
			}
		}),
		fyne.NewMenuItem(lang.L("Copy"), func() {
			e.Entry.TypedShortcut(&fyne.ShortcutCopy{Clipboard: fyne.CurrentApp().Clipboard()})
		}),
		fyne.NewMenuItem(lang.L("Select all"), func() { e.Entry.TypedShortcut(&fyne.ShortcutSelectAll{}) }),
	)
	widget.ShowPopUpMenuAtPosition(menu, c, pe.AbsolutePosition)
}

// selection returns the byte span of the selected passage in the article
// body, without surrounding white space; ok is false when nothing is
// selected.
func (e *passageEntry) selection() (start, end int, ok bool) {
	start, end, ok = selectionSpan(e.body, e.CursorTextOffset(), e.SelectedText())
	return e.base + start, e.base + end, ok
}

// passageWindow returns the part of body to show for byte offset at: all
// of it when it is short, otherwise about limit bytes from the start of the
// paragraph (line) holding at, ending at a line break when there is one in
// the second half of the window.
func passageWindow(body string, at, limit int) (start, end int) {
	if len(body) <= limit {
		return 0, len(body)
	}
	at = max(0, min(at, len(body)))
	start = strings.LastIndexByte(body[:at], '\n') + 1
	if at-start > limit/3 { // a very long paragraph: start closer by
		start = at - limit/3
		for start < at && !utf8.RuneStart(body[start]) {
			start++
		}
	}
	end = min(len(body), start+limit)
	if end < len(body) {
		// end at a paragraph break, else a line break, in the second half
		// of the window: a break near its start (after the title of an
		// article that is one long paragraph) left only the title
		half := start + limit/2
		if i := strings.LastIndex(body[at:end], "\n\n"); i > 0 && at+i > half {
			end = at + i
		} else if i := strings.LastIndexByte(body[at:end], '\n'); i > 0 && at+i > half {
			end = at + i
		}
	}
	for end < len(body) && !utf8.RuneStart(body[end]) {
		end--
	}
	return start, end
}

// selectionSpan finds the byte span of the selected text sel in body. The
// entry reports the cursor in runes, and the cursor is at one end of the
// selection: at its start or at its end, depending on the direction in
// which it was made. White space around the selection is left out, and a
// word the selection cuts is taken whole.
func selectionSpan(body string, cursorRunes int, sel string) (start, end int, ok bool) {
	if strings.TrimSpace(sel) == "" || cursorRunes < 0 {
		return 0, 0, false
	}
	cur := runeToByte(body, cursorRunes)
	switch {
	case strings.HasPrefix(body[cur:], sel):
		start, end = cur, cur+len(sel)
	case cur >= len(sel) && strings.HasSuffix(body[:cur], sel):
		start, end = cur-len(sel), cur
	default:
		i := strings.Index(body, sel) // last resort: the first occurrence
		if i < 0 {
			return 0, 0, false
		}
		start, end = i, i+len(sel)
	}
	for start < end {
		r, n := utf8.DecodeRuneInString(body[start:])
		if !unicode.IsSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(body[:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	if start < end {
		start, end = wholeWords(body, start, end)
	}
	return start, end, start < end
}

// wholeWords widens the span start..end of body to whole words: a drag
// that starts or ends inside a word takes that whole word, so a claim
// never begins or ends with half a word.
func wholeWords(body string, start, end int) (int, int) {
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(body[:start])
		next, _ := utf8.DecodeRuneInString(body[start:])
		if !inWord(r) || !inWord(next) {
			break
		}
		start -= n
	}
	for end < len(body) {
		r, n := utf8.DecodeRuneInString(body[end:])
		prev, _ := utf8.DecodeLastRuneInString(body[:end])
		if !inWord(r) || !inWord(prev) {
			break
		}
		end += n
	}
	return start, end
}

// inWord reports whether r is part of a word: a letter, a digit or a
// combining mark.
func inWord(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// runeToByte returns the byte offset of the n-th rune of s (len(s) past the
// end).
func runeToByte(s string, n int) int {
	if n <= 0 {
		return 0
	}
	i := 0
	for b := range s {
		if i == n {
			return b
		}
		i++
	}
	return len(s)
}
