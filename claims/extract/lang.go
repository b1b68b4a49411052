package extract

import "unicode/utf8"

// langVotes counts German and English evidence in text: frequent function
// words of each language, and German letters (ä ö ü ß). It stops after
// maxVotes pieces of evidence, which settle the question.
func langVotes(text string) (de, en int) {
	const maxVotes, maxBytes = 16, 600
	if len(text) > maxBytes {
		text = text[:maxBytes]
	}
	i := 0
	var buf [16]byte
	for i < len(text) && de+en < maxVotes && (de+en < 6 || de > 0 && en > 0) {
		c := text[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(text[i:])
			if isUmlaut(r) {
				de++
			}
			i += size
			continue
		}
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			i++
			continue
		}
		// An ASCII word: look it up lower-cased, without allocating.
		j, n := i, 0
		ascii := true
		for j < len(text) {
			c := text[j]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			} else if c >= utf8.RuneSelf {
				ascii = false
				break
			} else if !(c >= 'a' && c <= 'z' || c == '\'') {
				break
			}
			if n < len(buf) {
				buf[n] = c
			}
			n++
			j++
		}
		if ascii && n <= 5 { // function words are short
			c := stopwords[string(buf[:n])]
			if c&cStopDE != 0 {
				de++
			}
			if c&cStopEN != 0 {
				en++
			}
		}
		for j < len(text) && text[j] >= utf8.RuneSelf { // finish a non-ASCII word
			r, size := utf8.DecodeRuneInString(text[j:])
			if !isWordRune(r) {
				break
			}
			if isUmlaut(r) {
				de++
			}
			j += size
		}
		i = j
	}
	return de, en
}

// stopwords holds the short function words of both languages; built by
// the lexicon's init.
var stopwords = map[string]category{}

func buildStopwords() {
	for _, l := range []lexicon{lexDE, lexEN} {
		for w, c := range l {
			if c&(cStopDE|cStopEN) != 0 && len(w) <= 5 {
				stopwords[w] |= c & (cStopDE | cStopEN)
			}
		}
	}
}

// decide turns votes into a language; def is used on a tie.
func decide(de, en int, def string) string {
	switch {
	case de > en:
		return "de"
	case en > de:
		return "en"
	}
	return def
}

// detectLangs returns the language of each block: the document's language,
// unless the block itself has clear evidence for the other one.
func detectLangs(text string, bs []span, force string) []string {
	out := make([]string, len(bs))
	if force == "de" || force == "en" {
		for i := range out {
			out[i] = force
		}
		return out
	}
	type vote struct{ de, en int }
	votes := make([]vote, len(bs))
	var tde, ten int
	for i, b := range bs {
		d, e := langVotes(text[b.s:b.e])
		votes[i] = vote{d, e}
		tde += d
		ten += e
	}
	doc := decide(tde, ten, "de")
	for i, v := range votes {
		out[i] = doc
		if v.de+v.en >= 3 && (v.de >= 2*v.en+2 || v.en >= 2*v.de+2) {
			out[i] = decide(v.de, v.en, doc)
		}
	}
	return out
}

// DetectLanguage returns "de" or "en" for text as a whole.
func DetectLanguage(text string) string {
	d, e := langVotes(text)
	return decide(d, e, "de")
}

func isUmlaut(r rune) bool {
	switch r {
	case 'ä', 'ö', 'ü', 'ß', 'Ä', 'Ö', 'Ü':
		return true
	}
	return false
}
