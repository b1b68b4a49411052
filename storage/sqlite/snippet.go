package sqlite

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"claimdesk/storage/internal/sqlstore"
)

// largeText is the number of characters above which a text's snippet is
// cut in Go from its first largeText characters instead of by FTS5's
// snippet(), whose cost grows with the square of the text's length (1 MB:
// seconds; 50 MB: minutes). Articles of that size are rare, so ordinary
// hits keep FTS5's choice of the best passage.
const largeText = 64 << 10

// snippetTokens is how many words a window snippet shows, as snippetArgs.
const snippetTokens = 16

// snippetQuery is what a window snippet marks: the words that start like
// a word of the query (in any of its spellings), and each number typed
// with inner separators where its digit groups stand as adjacent words
// (2,5 marks „2,5“ and „2.5“ as one, not „25“), as the search matched them.
type snippetQuery struct {
	prefixes []string   // folded
	numbers  [][]string // digit groups
}

// newSnippetQuery reads what a window snippet marks from a query as typed.
func newSnippetQuery(text string) snippetQuery {
	var q snippetQuery
	for _, g := range sqlstore.QueryGroups(text) {
		for _, u := range g {
			if u.Digits != nil {
				q.numbers = append(q.numbers, u.Digits)
				continue
			}
			for _, v := range spellings(u.Word) {
				q.prefixes = append(q.prefixes, fold(v))
			}
		}
	}
	return q
}

// marked returns how many words from word j of text the snippet marks as
// one: a number's digit groups, one word that starts like a query word,
// or 0.
func (q snippetQuery) marked(text string, words [][2]int, j int) int {
	for _, ds := range q.numbers {
		n := 0
		for n < len(ds) && j+n < len(words) && text[words[j+n][0]:words[j+n][1]] == ds[n] {
			n++
		}
		if n == len(ds) {
			return n
		}
	}
	w := fold(text[words[j][0]:words[j][1]])
	for _, p := range q.prefixes {
		if strings.HasPrefix(w, p) {
			return 1
		}
	}
	return 0
}

// windowSnippet returns a snippet like FTS5's snippet() with snippetArgs
// from texts, the first largeText+1 characters of each column of a hit:
// about snippetTokens words around the first match of q, matches marked
// with [ and ], cuts marked with …. Words are runs of letters, digits and
// combining marks, compared in lower case without diacritics, as the
// index's unicode61 tokenizer with remove_diacritics 2 compares them.
// Without a match in the window it shows the start of the first non-empty
// column.
func windowSnippet(texts []string, q snippetQuery) string {
	first := -1
	for i, text := range texts {
		if first < 0 && strings.TrimSpace(text) != "" {
			first = i
		}
		words := wordSpans(text)
		for j := range words {
			if q.marked(text, words, j) > 0 {
				return cutSnippet(text, words, max(0, j-snippetTokens/4), q)
			}
		}
	}
	if first < 0 {
		return ""
	}
	return cutSnippet(texts[first], wordSpans(texts[first]), 0, q)
}

// cutSnippet writes snippetTokens words of text from word start on.
func cutSnippet(text string, words [][2]int, start int, q snippetQuery) string {
	if len(words) == 0 {
		return ""
	}
	end := min(len(words), start+snippetTokens)
	var b strings.Builder
	if start > 0 {
		b.WriteString("…")
	}
	pos := words[start][0]
	for j := start; j < end; {
		b.WriteString(text[pos:words[j][0]])
		n := min(q.marked(text, words, j), end-j)
		if n == 0 {
			b.WriteString(text[words[j][0]:words[j][1]])
			pos = words[j][1]
			j++
			continue
		}
		pos = words[j+n-1][1]
		b.WriteString("[" + text[words[j][0]:pos] + "]")
		j += n
	}
	if end < len(words) || utf8.RuneCountInString(text) > largeText {
		b.WriteString("…")
	} else {
		b.WriteString(text[pos:])
	}
	return strings.TrimSpace(b.String())
}

// wordSpans returns the byte ranges of the words in text.
func wordSpans(text string) [][2]int {
	var out [][2]int
	start := -1
	for i, r := range text {
		in := unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Mn, r)
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			out = append(out, [2]int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(text)})
	}
	return out
}

// foldPairs maps letters with diacritics (lower case) to their base letter.
var foldPairs = strings.NewReplacer(
	"à", "a", "á", "a", "â", "a", "ã", "a", "ä", "a", "å", "a", "ā", "a", "ă", "a", "ą", "a",
	"ç", "c", "ć", "c", "č", "c", "ď", "d", "è", "e", "é", "e", "ê", "e", "ë", "e", "ē", "e", "ę", "e", "ě", "e",
	"ì", "i", "í", "i", "î", "i", "ï", "i", "ī", "i", "ł", "l", "ñ", "n", "ń", "n", "ň", "n",
	"ò", "o", "ó", "o", "ô", "o", "õ", "o", "ö", "o", "ø", "o", "ō", "o", "ő", "o",
	"ř", "r", "ś", "s", "š", "s", "ş", "s", "ť", "t", "ţ", "t", "ù", "u", "ú", "u", "û", "u", "ü", "u", "ū", "u", "ů", "u", "ű", "u",
	"ý", "y", "ÿ", "y", "ź", "z", "ż", "z", "ž", "z",
)

// fold lower-cases s and removes the diacritics of common Latin letters
// and any combining marks.
func fold(s string) string {
	s = foldPairs.Replace(strings.ToLower(s))
	return strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Mn, r) {
			return -1
		}
		return r
	}, s)
}
