package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"

	"claimdesk/claims/extract"
)

// TestPassageLongLine: an article without any line break (text pasted from
// a PDF or a web form) was shown under „Passage auswählen“ as a window of
// 12 KB in one line, which Fyne's entry wraps in a time that grows with the
// square of the line (3–4 s under load, and every key that moved the
// selection was slow). The window is now whole sentences around the chosen
// one, no line longer than passageLineLimit, at the start, middle and end of
// the article; the text is the article's, unchanged, and a selection in it
// still becomes a claim at the right place. An article in paragraphs keeps
// its large window. In German and English.
func TestPassageLongLine(t *testing.T) {
	for _, language := range []string{"de", "en"} {
		t.Run(language, func(t *testing.T) {
			t.Cleanup(func() { switchLanguage("") })
			f := newShellFixture(t)
			f.do(func() { f.u.setLanguage(language) })
			f.s = f.u.shell // the language rebuilds the window
			a := f.addOpenArticle("Bericht", longArticle(30000, 0))
			r := f.s.articles.reader
			if r.article == nil || r.article.ID != a.ID || len(r.units) < 100 {
				t.Fatalf("the article is not open with its sentences: %v %d", r.article != nil, len(r.units))
			}
			n := len(r.units)
			for _, i := range []int{0, n / 2, n - 1} {
				f.do(func() {
					r.tabs.SelectIndex(0)
					r.sentences.list.Select(i)
					r.tabs.SelectIndex(1)
				})
				e := r.passage
				if e.base < 0 || e.Text != a.Body[e.base:e.base+len(e.Text)] {
					t.Fatalf("sentence %d: the window is not the article's text", i)
				}
				if l := longestLine(e.Text); l > passageLineLimit {
					t.Errorf("sentence %d: the entry holds a line of %d bytes (limit %d)", i, l, passageLineLimit)
				}
				if len(e.Text) < passageLineLimit/4 || !strings.Contains(e.Text, unitText(r.units[i])) ||
					strings.Index(e.Text, unitText(r.units[i])) > passageLineLimit/3 {
					t.Errorf("sentence %d: window of %d bytes without the sentence in its first third", i, len(e.Text))
				}
				if s, _ := unitSpan(r.units[r.unitAt(e.base)]); s != e.base || !strings.HasSuffix(e.Text, ".") {
					t.Errorf("sentence %d: the window does not start and end at sentences: %q … %q",
						i, e.Text[:20], e.Text[len(e.Text)-20:])
				}
				if !r.passageNote.Visible() || r.passageNote.Text != lang.L("This long article is shown in parts: choose a sentence under Sentences to show the part around it.") {
					t.Errorf("sentence %d: no note that the article is shown in parts", i)
				}
			}
			// a selection in the window of the last sentence becomes a claim
			e := r.passage
			f.do(func() {
				f.win().Canvas().Focus(e)
				e.CursorRow, e.CursorColumn = 0, 0
				e.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
				typeKeys(e, fyne.KeyRight, 25)
				e.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
				e.TypedShortcut(makeClaimShortcut)
			})
			var found bool
			for _, c := range f.storedClaims() {
				found = found || c.Anchor.Start == e.base && c.Anchor.Exact == a.Body[e.base:c.Anchor.End] && c.Anchor.End-e.base >= 20
			}
			if !found {
				t.Errorf("no claim made from the selection at %d", e.base)
			}

			// paragraphs of a normal length keep the large window
			b := f.addOpenArticle("Absätze", longArticle(30000, 6))
			rb := f.s.articles.reader
			f.do(func() {
				rb.tabs.SelectIndex(0)
				rb.sentences.list.Select(len(rb.units) / 2)
				rb.tabs.SelectIndex(1)
			})
			if t2 := rb.passage.Text; rb.article.ID != b.ID || len(t2) < passageLimit/2 || longestLine(t2) > passageLineLimit {
				t.Errorf("article in paragraphs: window of %d bytes, longest line %d", len(t2), longestLine(t2))
			}
		})
	}
}

// wrapCost is the sum of the squared lengths of the lines of s, what the
// entry's wrap costs.
func wrapCost(s string) int {
	n := 0
	for _, l := range strings.Split(s, "\n") {
		n += len(l) * len(l)
	}
	return n
}

// TestPassageSpanStopsBeforeLongLine: in an article of short paragraphs
// and one long line, a window among the short paragraphs ends before the
// long line, and one in the long line stays inside it. Paragraphs of about
// 1,600 bytes fill a window that costs no more to wrap than one line of
// passageLineLimit (12 KB of them cost three times that).
func TestPassageSpanStopsBeforeLongLine(t *testing.T) {
	short := longArticle(3000, 3)
	long := longArticle(20000, 0)
	body := short + "\n\n" + long + "\n\n" + short
	units := extract.Extract(body, extract.Options{Lang: "de"})
	for _, at := range []int{0, len(short) + 2 + len(long)/2, len(body) - 10} {
		s, e := passageSpan(body, units, at, passageLimit, passageLineLimit)
		if s > at || at > e || longestLine(body[s:e]) > passageLineLimit {
			t.Errorf("at %d: window %d..%d, longest line %d", at, s, e, longestLine(body[s:e]))
		}
	}
	if _, e := passageSpan(body, units, 0, passageLimit, passageLineLimit); e > len(short)+2 || e < len(short)-100 {
		t.Errorf("the window of the first paragraphs ends at %d, the long line starts at %d", e, len(short)+2)
	}
	paras := longArticle(40000, 14)
	pu := extract.Extract(paras, extract.Options{Lang: "de"})
	for _, at := range []int{0, len(paras) / 2} {
		s, e := passageSpan(paras, pu, at, passageLimit, passageLineLimit)
		if c := wrapCost(paras[s:e]); c > passageLineLimit*passageLineLimit || e-s < passageLineLimit || s > at || at > e {
			t.Errorf("paragraphs of 1,600 bytes, at %d: window %d..%d costs %d, more than %d", at, s, e, c, passageLineLimit*passageLineLimit)
		}
	}
}
