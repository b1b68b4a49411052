package app

import (
	"cmp"
	"slices"
	"strings"

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
// marks the sentences after it that the hit runs on into, on the
// „Sätze“ tab (walk28: left on „Passage markieren“, the hit was shown
// nowhere); called once the article is shown.
func (r *readerView) showSnippet(snippet string) {
	first, last := snippetUnits(r.units, snippet)
	if first < 0 {
		return
	}
	if r.tabs.SelectedIndex() != 0 {
		r.tabs.SelectIndex(0)
	}
	r.sentences.selectRows(first, last)
	r.panel.selectUnit(first)
}

// snippetUnits returns the first and the last unit holding the snippet's
// hit (its marked words, from the first [ to the last ]), found by the
// longest piece between "…" marks that is found in the units' text (across
// units: a hit of a phrase or of several words may run over a sentence's
// end); else the first unit holding the first marked word, ignoring case,
// for both; -1, -1 for none.
func snippetUnits(units []extract.Unit, snippet string) (first, last int) {
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
			return unitAt(starts, at+hs), unitAt(starts, at+max(hs, he-1))
		}
	}
	if _, rest, ok := strings.Cut(snippet, "["); ok {
		if word, _, ok := strings.Cut(rest, "]"); ok && word != "" {
			word = strings.ToLower(word)
			for i, u := range units {
				if strings.Contains(strings.ToLower(u.Text), word) {
					return i, i
				}
			}
		}
	}
	return -1, -1
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
