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
		// An ASCII word: look it up lower-cased, packed into a number.
		j := i
		for j < len(text) && langByte[text[j]] == lbWord {
			j++
		}
		ascii := j >= len(text) || langByte[text[j]] != lbOther
		if ascii && j-i <= maxStopword { // function words are short
			c := stopTab.get(packLower(text[i:j]))
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

// langByte classes the bytes for langVotes: lbWord for ASCII letters and
// the apostrophe, lbOther for the first and further bytes of other runes.
var langByte = func() (t [256]byte) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = lbWord, lbWord
	}
	t['\''] = lbWord
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = lbOther
	}
	return t
}()

const (
	lbWord = 1 + iota
	lbOther
)

// maxStopword is the length in bytes of the longest function word that
// counts as evidence.
const maxStopword = 5

// stopwords holds the short function words of both languages; built by
// the lexicon's init, with stopTab, the same words packed into numbers.
var (
	stopwords = map[string]category{}
	stopTab   stopTable
)

// buildStopwords fills stopwords with the function words of at most
// maxStopword bytes of lexDE and lexEN, and stopTab with the same words.
func buildStopwords() {
	for _, l := range []lexicon{lexDE, lexEN} {
		for w, c := range l {
			if c&(cStopDE|cStopEN) != 0 && len(w) <= maxStopword {
				stopwords[w] |= c & (cStopDE | cStopEN)
			}
		}
	}
	stopTab = newStopTable(len(stopwords))
	for w, c := range stopwords {
		stopTab.put(packWord(w), c)
	}
}

// packWord packs a word of at most maxStopword bytes into a number: its
// bytes, and its length in the top byte (so that no word packs to 0).
func packWord(w string) uint64 {
	var k uint64
	for i := 0; i < len(w); i++ {
		k |= uint64(w[i]) << (8 * i)
	}
	return k | uint64(len(w))<<56
}

// packLower is packWord of w lower-cased; w is ASCII letters and
// apostrophes (which stay as they are).
func packLower(w string) uint64 {
	var k uint64
	for i := 0; i < len(w); i++ {
		k |= uint64(w[i]|0x20) << (8 * i)
	}
	return k | uint64(len(w))<<56
}

// stopTable is an open-addressing hash table of packed function words.
type stopTable struct {
	keys  []uint64 // 0: empty; a power of two in length, at most half full
	cats  []category
	shift uint // 64 − log2(len(keys))
}

// newStopTable returns an empty table with room for n words.
func newStopTable(n int) stopTable {
	size, shift := 16, uint(60)
	for size < 2*n {
		size, shift = size*2, shift-1
	}
	return stopTable{keys: make([]uint64, size), cats: make([]category, size), shift: shift}
}

// slot returns the slot where the search for the packed word k starts.
func (t *stopTable) slot(k uint64) int { return int((k * 0x9e3779b97f4a7c15) >> t.shift) }

// put adds the categories c to the packed word k.
func (t *stopTable) put(k uint64, c category) {
	i := t.slot(k)
	for t.keys[i] != 0 && t.keys[i] != k {
		i = (i + 1) & (len(t.keys) - 1)
	}
	t.keys[i] = k
	t.cats[i] |= c
}

// get returns the categories of the packed word k (0: not in the table).
func (t *stopTable) get(k uint64) category {
	for i := t.slot(k); t.keys[i] != 0; i = (i + 1) & (len(t.keys) - 1) {
		if t.keys[i] == k {
			return t.cats[i]
		}
	}
	return 0
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
	out, _ := blockLangs(nil, nil, text, bs, force)
	return out
}

// langVote is the evidence of one block for each language.
type langVote struct{ de, en int }

// blockLangs appends the language of each block (as detectLangs returns
// them) to out, using votes (empty) for the blocks' evidence; it returns
// both.
func blockLangs(out []string, votes []langVote, text string, bs []span, force string) ([]string, []langVote) {
	out = append(out, make([]string, len(bs))...)
	if force == "de" || force == "en" {
		for i := range out {
			out[i] = force
		}
		return out, votes
	}
	votes = append(votes, make([]langVote, len(bs))...)
	var tde, ten int
	for i, b := range bs {
		d, e := langVotes(text[b.s:b.e])
		votes[i] = langVote{d, e}
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
	return out, votes
}

// DetectLanguage returns "de" or "en" for text as a whole.
func DetectLanguage(text string) string {
	d, e := langVotes(text)
	return decide(d, e, "de")
}

// isUmlaut reports whether r is ä, ö, ü, ß or a capital umlaut.
func isUmlaut(r rune) bool {
	switch r {
	case 'ä', 'ö', 'ü', 'ß', 'Ä', 'Ö', 'Ü':
		return true
	}
	return false
}
