package extract

import "sort"

// PrintSpan returns the passage text[start:end] as the extractor reads it
// inside the whole of text (printClean): unlike PrintText on the passage
// alone, a word cut at a line end reads as the rest of the text writes it
// ("long-⏎term" as "long-term" when the text writes "long-term"
// elsewhere, split_hyphen.go). A claim's text made from a unit may be read
// so; the unit's offsets stay those of text.
func PrintSpan(text string, start, end int) string {
	start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
	if start >= end {
		return ""
	}
	clean, m := printClean(text, true)
	if m == nil {
		return text[start:end]
	}
	cs, ce := m.clean(start, false), m.clean(end, true)
	if cs >= ce {
		return ""
	}
	return clean[cs:ce]
}

// clean returns the offset in the clean text of original offset o (the
// reverse of orig): an offset inside an edit's original bytes maps to the
// start of its replacement, or to its end when end is set (a passage's
// end), so that a passage holds an edit it covers in part.
func (m *printMap) clean(o int, end bool) int {
	k := sort.Search(len(m.edit), func(k int) bool { return m.edit[k].e > o }) // the first edit not wholly before o
	if k < len(m.edit) && m.edit[k].s < o {
		if end {
			return m.at[k] + len(m.edit[k].repl)
		}
		return m.at[k]
	}
	if k == 0 {
		return o
	}
	ed := m.edit[k-1]
	return m.at[k-1] + len(ed.repl) + (o - ed.e)
}
