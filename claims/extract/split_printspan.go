package extract

// PrintSpan returns the passage text[start:end] as the extractor reads it
// inside the whole of text: printClean of the passage, with the words of
// the whole text as the evidence for a compound's own hyphen, so that
// unlike PrintText on the passage alone a word cut at a line end reads as
// the rest of the text writes it ("long-⏎term" as "long-term" when the
// text writes "long-term" elsewhere, split_hyphen.go). It costs one
// reading of text's words, and only when the passage holds a word cut at a
// line end before a small letter. A claim's text made from a unit may be
// read so; the unit's offsets stay those of text.
func PrintSpan(text string, start, end int) string {
	start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
	if start >= end {
		return ""
	}
	s, _ := printCleanIn(text[start:end], true, text)
	return s
}
