package match

import (
	"regexp"
	"strings"
	"unicode"
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
	urlRE       = regexp.MustCompile(`(?i)\b(?:https?://|www\.|pic\.twitter\.com/)\S+`)
	tweetSigRE  = regexp.MustCompile(`\s[—–]\s[^—–]{0,80}\(@\w+\)\s+[A-Z][a-z]+ \d{1,2}, \d{4}\s*$`)
	numberRE    = regexp.MustCompile(`\d+(?:[.,]\d+)*`)
	entityRE    = regexp.MustCompile(`\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)*`)
	sentStartRE = regexp.MustCompile(`(?:^|[.!?:"“„]\s+)$`)
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
	for _, n := range numberRE.FindAllString(s, -1) {
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
			if loc[0] == 0 || sentStartRE.MatchString(s[:loc[0]]) {
				if w == strings.Fields(s[loc[0]:loc[1]])[0] && !isAcronym(w) {
					continue
				}
			}
			out = append(out, lw)
		}
	}
	return out
}

func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// grams returns the set of character n-grams of s's normalised words.
func grams(s string, n int) map[string]bool {
	t := " " + strings.Join(Words(s), " ") + " "
	r := []rune(t)
	out := make(map[string]bool, len(r))
	for i := 0; i+n <= len(r); i++ {
		out[string(r[i:i+n])] = true
	}
	return out
}
