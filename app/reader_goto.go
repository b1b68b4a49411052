package app

import (
	"cmp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"

	"claimdesk/claims/extract"
)

// A search hit in an article's text opened the article with its best
// suggestion selected and the text at its top, wherever the words were
// (walk26). The hit's snippet now names the sentence to show: the reader
// selects the first sentence holding a piece of the snippet, or else the
// first marked word, in the sentence list and the suggestion panel.

// openArticleAt shows article id in the Articles view at the sentence
// holding the search snippet text (a snippet as SearchHit.Snippet writes
// it: the hits between [ and ], cut ends marked with "…").
func (s *shell) openArticleAt(id, snippet string) {
	s.articles.reader.goTo = snippet
	s.openArticle(id)
}

// showSnippet selects the sentence holding snippet's hit, if one does, and
// marks the sentences after it that the hit runs on into, on „Sätze“; the
// hit's words are kept (r.hit) to be selected on „Passage markieren“ when
// that tab is shown or chosen (walk28 showed the hit on „Sätze“ only, and
// before walk28 nowhere when „Passage markieren“ was shown). Called once
// the article is shown.
func (r *readerView) showSnippet(snippet string) {
	first, last, start, end := snippetHit(r.units, snippet)
	if first < 0 {
		return
	}
	r.hit = textHit{unit: first, start: start, end: end}
	r.sentences.selectRows(first, last)
	r.panel.selectUnit(first)
}

// textHit is a search hit's words in the article body (byte span) and the
// sentence it starts in; unit is -1 for none.
type textHit struct{ unit, start, end int }

// selectHitInPassage selects the search hit's words in the passage while
// its sentence is the one chosen (the checker has not gone on to another),
// and gives the passage the focus: Fyne draws a selection only in the
// focused entry, and Ctrl+K makes it a claim at once. The hit is selected
// once: from then on the selection is the checker's, as in an editor (a
// claim made later, which reloads the article, selected it again).
func (r *readerView) selectHitInPassage() {
	h := r.hit
	if h.unit < 0 || h.unit != r.sentences.selected {
		return
	}
	r.passage.selectSpan(h.start, h.end)
	r.hit, r.hitShown = textHit{unit: -1}, shownHit{unit: h.unit, text: r.passage.SelectedText()}
	r.focusPassageWhenDrawn()
}

// shownHit is the search hit selected in the passage: its sentence and the
// text selected; unit is -1 for none.
type shownHit struct {
	unit int
	text string
}

// leaveHit forgets the search hit when the checker chooses sentence i,
// another than the hit's (a suggestion clicked or chosen by keys while
// „Passage markieren“ is shown), and ends its selection in the passage if
// it is still the hit's: it stayed selected, as if the checker were still
// at the hit (walk30).
func (r *readerView) leaveHit(i int) {
	if r.hit.unit >= 0 && r.hit.unit != i {
		r.hit = textHit{unit: -1}
	}
	h := r.hitShown
	if h.unit < 0 || h.unit == i {
		return
	}
	r.hitShown = shownHit{unit: -1}
	if h.text != "" && r.passage.SelectedText() == h.text {
		r.passage.unselect()
	}
}

// objectCanvas returns the window canvas that holds o as the driver knows
// it: nil until the window has drawn o (a variable: tests play a driver
// that has not drawn it yet).
var objectCanvas = func(o fyne.CanvasObject) fyne.Canvas {
	return fyne.CurrentApp().Driver().CanvasForObject(o)
}

// passageDrawWait is how long focusPassageWhenDrawn waits for the window
// to draw the passage shown for the first time.
const passageDrawWait = 60 * time.Millisecond

// focusPassageWhenDrawn gives the passage the focus; when the window has
// not drawn it yet (its tab chosen for the first time: the driver learns
// which window holds an object when it first draws it, and r.focus needs
// that), it does so once, a moment later, if the passage tab is still
// shown. Without it the first hit opened on „Passage markieren“ was
// selected but not drawn (the lead's walk of walk29's fix).
func (r *readerView) focusPassageWhenDrawn() {
	if r.u.win == nil || objectCanvas(r.passage) != nil {
		r.focus(r.passage)
		return
	}
	r.u.busy.Add(1)
	time.AfterFunc(passageDrawWait, func() {
		defer r.u.busy.Done()
		onUI(func() {
			if r.passageShown() {
				r.focus(r.passage)
			}
		})
	})
}

// snippetUnits returns the first and the last unit holding the snippet's
// hit (snippetHit).
func snippetUnits(units []extract.Unit, snippet string) (first, last int) {
	first, last, _, _ = snippetHit(units, snippet)
	return first, last
}

// snippetHit returns the first and the last unit holding the snippet's hit
// (its marked words, from the first [ to the last ]) and the hit's byte
// span in the article body, found by the longest piece between "…" marks
// that is found in the units' text (across units: a hit of a phrase or of
// several words may run over a sentence's end); else the first unit
// holding the first marked word, ignoring case, for both, with that word's
// span; -1s for none.
func snippetHit(units []extract.Unit, snippet string) (first, last, start, end int) {
	text, starts := joinUnits(units)
	pieces := strings.FieldsFunc(snippet, func(r rune) bool { return r == '…' })
	plainLen := func(p string) int { return len(p) - strings.Count(p, "[") - strings.Count(p, "]") }
	slices.SortStableFunc(pieces, func(a, b string) int { return cmp.Compare(plainLen(b), plainLen(a)) })
	for _, p := range pieces {
		plain, hs, he := hitIn(p)
		if len(plain) < 12 || hs < 0 {
			continue
		}
		if at := strings.Index(text, plain); at >= 0 {
			first, last = unitAt(starts, at+hs), unitAt(starts, at+max(hs, he-1))
			start = units[first].Start + origOffset(units[first].Text, at+hs-starts[first], false)
			end = units[last].Start + origOffset(units[last].Text, at+he-starts[last], true)
			return first, last, start, max(start, end)
		}
	}
	if _, rest, ok := strings.Cut(snippet, "["); ok {
		if word, _, ok := strings.Cut(rest, "]"); ok && word != "" {
			for i, u := range units {
				if at := indexFold(u.Text, word); at >= 0 {
					return i, i, u.Start + at, u.Start + at + len(word)
				}
			}
		}
	}
	return -1, -1, -1, -1
}

// indexFold returns the byte offset of the first occurrence of word in s,
// ignoring case (a match as long in bytes as word), or -1.
func indexFold(s, word string) int {
	for i := 0; i+len(word) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(word)], word) {
			return i
		}
	}
	return -1
}

// origOffset maps byte k of s with its white space made single spaces and
// trimmed (as joinUnits writes a unit) back to a byte offset in s: the
// start of the rune at k, or with after the end of the rune before k.
func origOffset(s string, k int, after bool) int {
	n, space := 0, false // bytes of the plain text so far; white space pending
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			space = n > 0
		case space:
			n++
			space = false
			fallthrough
		default:
			if after && n+size >= k {
				return i + size
			}
			if !after && n >= k {
				return i
			}
			n += size
		}
		i += size
	}
	return len(s)
}

// joinUnits returns the units' texts, each with its runs of white space
// made one space, joined by a space, and the offset of each unit in it.
func joinUnits(units []extract.Unit) (string, []int) {
	var b strings.Builder
	starts := make([]int, len(units))
	for i, u := range units {
		starts[i] = b.Len()
		b.WriteString(strings.Join(strings.Fields(u.Text), " "))
		b.WriteByte(' ')
	}
	return b.String(), starts
}

// hitIn returns piece p of a snippet without its [ ] marks, its white
// space made single spaces and cut ends' dots and spaces trimmed, and the
// byte span of the hit in it (from the first [ to the last ]); -1, -1 when
// the piece marks nothing.
func hitIn(p string) (plain string, start, end int) {
	p = strings.Join(strings.Fields(p), " ")
	p = strings.TrimLeft(p, ". ")
	p = strings.TrimRight(p, ". ")
	var b strings.Builder
	start, end = -1, -1
	for _, r := range p {
		switch r {
		case '[':
			if start < 0 {
				start = b.Len()
			}
		case ']':
			end = b.Len()
		default:
			b.WriteRune(r)
		}
	}
	if start < 0 || end < start {
		return b.String(), -1, -1
	}
	return b.String(), start, end
}

// unitAt returns the unit whose text holds byte at of joinUnits' text.
func unitAt(starts []int, at int) int {
	i, found := slices.BinarySearch(starts, at)
	if !found {
		i--
	}
	return max(i, 0)
}
