package match

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// stopwords are English and German function words, left out of the index
// and of word overlap. The list is generic, written from grammar, not from
// any evaluation data.
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the and or but if of to in on at by for with from as into than then that this these those
		is are was were be been being am do does did have has had will would shall should can could may might must
		it its he she they we you i me him her them us my your his our their there here what which who whom whose
		not no so too very just also about over under up down out off again once all any both each few more most
		other some such only own same s t d ll m re ve don now says said say
		der die das den dem des ein eine einen einem einer eines und oder aber wenn als wie zu zum zur im in am an auf
		aus bei mit nach von vor für über unter um durch gegen ohne bis seit ist sind war waren wird werden wurde
		wurden hat haben hatte hatten sein seine ihr ihre es er sie wir ich du man sich nicht kein keine auch noch
		nur schon so dass daß ob was wer wo dies diese dieser dieses jene kann können muss müssen soll sollen`) {
		m[w] = true
	}
	return m
}()

// Words splits s into lower-case words and numbers.
func Words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// Terms returns the index terms of s: words without stopwords, lightly
// stemmed.
func Terms(s string) []string {
	ws := Words(s)
	out := ws[:0]
	for _, w := range ws {
		if stopwords[w] {
			continue
		}
		out = append(out, stem(w))
	}
	return out
}

// stem strips a few inflection endings shared by English and German so
// that "taxes"/"tax" and "Steuern"/"Steuer" meet; words stay at least
// three letters long.
func stem(w string) string {
	if w[0] >= '0' && w[0] <= '9' {
		return w
	}
	for _, suf := range []string{"ies", "ing", "ed", "es", "en", "er", "s", "e", "n"} {
		if len(w)-len(suf) >= 3 && strings.HasSuffix(w, suf) {
			if suf == "ies" {
				return w[:len(w)-3] + "y"
			}
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

var (
	urlRE      = regexp.MustCompile(`(?i)\b(?:https?://|www\.|pic\.twitter\.com/)\S+`)
	tweetSigRE = regexp.MustCompile(`\s[—–]\s[^—–]{0,80}\(@\w+\)\s+[A-Z][a-z]+ \d{1,2}, \d{4}\s*$`)
	entityRE   = regexp.MustCompile(`\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)*`)
)

// Clean removes what carries no claim from a pasted text: links and the
// signature line of an embedded tweet ("— Name (@handle) May 5, 2020").
func Clean(s string) string {
	s = tweetSigRE.ReplaceAllString(s, "")
	return strings.TrimSpace(urlRE.ReplaceAllString(s, " "))
}

// Numbers returns the numbers written in s, with thousands separators
// removed ("1,000" and "1.000" become "1000"; "3.5" stays).
func Numbers(s string) []string {
	var out []string
	for _, n := range numberRuns(s) {
		parts := strings.FieldsFunc(n, func(r rune) bool { return r == ',' || r == '.' })
		thousands := len(parts) > 1
		for _, p := range parts[1:] {
			thousands = thousands && len(p) == 3
		}
		if thousands {
			n = strings.Join(parts, "")
		} else {
			n = strings.ReplaceAll(n, ",", ".")
		}
		out = append(out, strings.TrimLeft(n, "0"))
	}
	return out
}

// Names returns the capitalised words of s that do not start a sentence and
// are no stopwords, lower-cased: names of people, places and bodies (and,
// in German, nouns).
func Names(s string) []string {
	var out []string
	for _, loc := range entityRE.FindAllStringIndex(s, -1) {
		for _, w := range strings.Fields(s[loc[0]:loc[1]]) {
			lw := strings.ToLower(strings.Trim(w, "'’-"))
			if len([]rune(lw)) < 2 || stopwords[lw] {
				continue
			}
			if startsSentence(s[:loc[0]]) {
				if w == strings.Fields(s[loc[0]:loc[1]])[0] && !isAcronym(w) {
					continue
				}
			}
			out = append(out, lw)
		}
	}
	return out
}

// numberRuns returns the runs of digits in s joined by single dots or
// commas between digits ("1,200", "3.5", "2019").
func numberRuns(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		if !isDigit(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		for j+1 < len(s) && (s[j] == '.' || s[j] == ',') && isDigit(s[j+1]) {
			j++
			for j < len(s) && isDigit(s[j]) {
				j++
			}
		}
		out = append(out, s[i:j])
		i = j
	}
	return out
}

// isDigit reports whether b is an ASCII digit.
func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// startsSentence reports whether a word after prefix starts a sentence:
// prefix is empty, or ends in . ! ? : or an opening quote followed by
// white space.
func startsSentence(prefix string) bool {
	if prefix == "" {
		return true
	}
	t := strings.TrimRight(prefix, " \t\n\f\r")
	if len(t) == len(prefix) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(`.!?:"“„`, r) && t != ""
}

// isAcronym reports whether w holds two or more upper-case letters.
func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// grams returns the character n-grams of s's normalised words (with a
// space at either end), each packed into a number, sorted and distinct. n
// is at most 4: four characters of the Basic Multilingual Plane pack
// exactly; others are folded in by a multiplicative hash.
func grams(s string, n int) []uint64 {
	r := []rune(" " + strings.Join(Words(s), " ") + " ")
	out := make([]uint64, 0, len(r))
	for i := 0; i+n <= len(r); i++ {
		var g uint64
		for _, c := range r[i : i+n] {
			if c > 0xFFFF {
				g = g*0x9E3779B97F4A7C15 + uint64(c)
			} else {
				g = g<<16 | uint64(c)
			}
		}
		out = append(out, g)
	}
	slices.Sort(out)
	return slices.Compact(out)
}
