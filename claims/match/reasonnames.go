package match

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file decides which shared words the reason "same names" lists. In
// German every noun is written with a capital, so Names, which takes
// capitalised words for names, also returns common nouns ("Millionen",
// "Dollar", "Regierung"). The model's features keep reading Names as fitted;
// only the words shown as names are narrowed here, by German grammar: a
// noun follows an article, a determiner or a number, and some endings make
// nouns only. A noun left out of the names is still listed among the shared
// words.

// determinersDE are German articles, contractions of a preposition with an
// article, demonstratives, possessives and quantifiers: the closed class of
// words that stand before a noun.
var determinersDE = setOf(`der die das den dem des ein eine einen einem einer eines
	kein keine keinen keinem keiner keines im am zum zur vom beim ins ans aufs
	dieser diese dieses diesem diesen jener jene jenes jenem jenen jeder jede jedes jedem jeden
	alle aller allen mehrere mehreren viele vieler vielen wenige weniger wenigen einige einiger einigen
	manche mancher manchen solche solcher solchen welche welcher welchen mehr beide beiden
	sein seine seiner seinem seinen seines ihre ihrer ihrem ihren ihres
	unser unsere unserer unserem unseren unseres euer eure eurer eurem euren
	mein meine meiner meinem meinen meines dein deine deiner deinem deinen deines`)

// numberWordsDE are German cardinal words; what follows them is counted,
// so it is a noun ("zwei Millionen Dollar").
var numberWordsDE = setOf(`zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig
	vierzig fünfzig sechzig siebzig achtzig neunzig hundert tausend`)

// nounEndingsDE are German derivational endings that make common nouns only.
var nounEndingsDE = []string{"ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft",
	"schaften", "tion", "tionen", "ität", "itäten", "ismus"}

// functionWordsDE and functionWordsEN tell a German text from an English one
// by their most frequent function words, none of which the other language
// writes.
var (
	functionWordsDE = setOf(`der die das und ist nicht mit von den dem des ein eine auch sich wird wurde sind hat
		haben für auf im zu bei nach wie noch`)
	functionWordsEN = setOf(`the and is not with of a an was were are to has have for on at by from it this that`)
)

// setOf returns the set of the white-space-separated words in words.
func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// readsGerman reports whether s has more German function words than English.
func readsGerman(s string) bool {
	de, en := 0, 0
	for _, w := range Words(s) {
		if functionWordsDE[w] {
			de++
		}
		if functionWordsEN[w] {
			en++
		}
	}
	return de > en
}

// shownNames returns the names of s for the reason "same names", lower-cased:
// Names(s), and for a German text only the names German grammar leaves no
// doubt about: acronyms, and runs of two or more capitalised words that no
// article or number stands before ("Angela Merkel", "Vereinte Nationen"),
// without words of a noun-only ending. A single capitalised word in German
// may be any noun, so it is shown when the other text names it so
// (Reasons); else it is listed among the shared words only.
func shownNames(s string) []string {
	if !readsGerman(s) {
		return Names(s)
	}
	var out []string
	for _, loc := range entityRE.FindAllStringIndex(s, -1) {
		run := strings.Fields(s[loc[0]:loc[1]])
		prev, start := lastWord(s[:loc[0]]), startsSentence(s[:loc[0]])
		for len(run) > 0 && leadingWordDE(run[0]) { // "Die Regierung", "In Zeiten" opening a sentence
			prev, run, start = run[0], run[1:], false
		}
		skip := nounRunDE(prev, len(run))
		for i, w := range run {
			if !isAcronym(w) && (len(run)-skip < 2 || i < skip || nounEndingDE(w) || i == 0 && start) {
				continue
			}
			lw := strings.ToLower(strings.Trim(w, "'’-"))
			if utf8.RuneCountInString(lw) < 2 || stopwords[lw] {
				continue
			}
			out = append(out, lw)
		}
	}
	return out
}

// nounRunDE returns how many words of a capitalised run of n words, after the
// word prev, are German nouns by their place: none after other words, all
// after a number (a quantity and its unit: "2,5 Millionen Euro"), the first
// after a determiner (the head noun; capitalised words after it stand in
// apposition: "der Firma Siemens", "die Kanzlerin Angela Merkel").
// shownNames keeps an acronym in any place ("der CDU").
func nounRunDE(prev string, n int) int {
	lp := strings.ToLower(prev)
	switch {
	case prev == "":
		return 0
	case isNumber(prev) || numberWordsDE[lp]:
		return n
	case determinersDE[lp]:
		return 1
	}
	return 0
}

// leadingWordDE reports whether w, capitalised at the start of a run, is a
// function word (an article, a preposition, a number word) and no part of
// the name the run may hold.
func leadingWordDE(w string) bool {
	lw := strings.ToLower(w)
	return stopwords[lw] || determinersDE[lw] || numberWordsDE[lw]
}

// nounEndingDE reports whether w ends in a German noun-only ending.
func nounEndingDE(w string) bool {
	lw := strings.ToLower(w)
	for _, e := range nounEndingsDE {
		if len(lw) > len(e)+2 && strings.HasSuffix(lw, e) {
			return true
		}
	}
	return false
}

// lastWord returns the word that ends right before a run (only spaces between):
// letters and digits, with dots and commas inside numbers; "" when the run
// follows punctuation or starts the text.
func lastWord(prefix string) string {
	t := strings.TrimRight(prefix, " \t")
	if len(t) == len(prefix) && prefix != "" {
		return ""
	}
	end := len(t)
	i := end
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(t[:i])
		inNumber := (r == '.' || r == ',') && i-size > 0 && i < end && isDigit(t[i-size-1]) && isDigit(t[i])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !inNumber {
			break
		}
		i -= size
	}
	return t[i:end]
}

// isNumber reports whether w is written in digits (with dots or commas).
func isNumber(w string) bool {
	return w != "" && isDigit(w[0]) && isDigit(w[len(w)-1])
}
