package extract

import "strings"

// A category is one bit of a word's lexicon entry; a word may carry several.
type category uint64

// The word categories the features and the claimant finder use.
const (
	cNumWord    category = 1 << iota // zwei, Hunderte, dozens
	cUnit                            // Prozent, percent, Euro, dollars, Tonnen
	cMonth                           // Februar, October
	cWeekday                         // Donnerstag, Monday
	cRelDate                         // gestern, yesterday
	cTimeNoun                        // Jahr, Woche, year, week (after "letztes", "last")
	cPastAdj                         // letztes, vergangenen, last, past
	cEventVerb                       // irregular past forms: stieg, fand, won
	cSpeech                          // sagte, erklärte, said, told
	cAccording                       // laut, zufolge, according
	cKonj1                           // seien, habe, hätten (reported speech)
	cSuper                           // erste, meisten, record, most
	cCompar                          // mehr, weniger, more, fewer
	cLegal                           // Gesetz, Gericht, law, court, vote
	cCausal                          // weil, verursacht, because, caused
	cOpinion                         // denke, glaube, think, believe (with a first person)
	cOpinionAdv                      // hoffentlich, imho, obviously
	cFirstSing                       // ich, mir, I, me
	cFirstPl                         // wir, uns, we, our
	cSecond                          // du, euch, you, your
	cModal                           // könnte, vielleicht, might, maybe
	cFuture                          // wird, werden, will, going
	cDiscourse                       // danke, hallo, well, thank
	cRole                            // Präsident, Ministerin, Senator
	cPronM                           // er, he
	cPronF                           // sie, she
	cAux                             // hat, wurde, has, was (perfect and passive)
	cNotVerb                         // adjectives that look like past verbs: letzte, guten, need
	cVerbSte                         // German verbs ending in -ste: reiste, musste
	cDet                             // der, dem, the: skipped before a claimant
	cStopDE                          // frequent German function words (language detection)
	cStopEN                          // frequent English function words (language detection)
	cNotName                         // capitalised words that are not names: Aber, Die, The
	cPhrase                          // first word of a two-word phrase
	cExist                           // es gibt, there are (phrases only)
)

// lexicon maps a lower-case word to its categories.
type lexicon map[string]category

// add gives each space-separated word of words, lower-cased, the
// categories c.
func (l lexicon) add(c category, words string) {
	for _, w := range strings.Fields(words) {
		l[strings.ToLower(w)] |= c
	}
}

// lexDE and lexEN are built once at start-up and only read afterwards, so
// Extract may run in several goroutines at once.
var (
	lexDE = lexicon{}
	lexEN = lexicon{}
	// phrasesDE and phrasesEN hold two-word expressions ("meiner meinung",
	// "according to") keyed "first second".
	phrasesDE = map[string]category{}
	phrasesEN = map[string]category{}
	// phraseTabDE and phraseTabEN hold the same for look-up by the two
	// words (phrasetab.go).
	phraseTabDE, phraseTabEN *phraseTable
)

// addPhrases adds each comma-separated phrase of list, lower-cased, to m
// with the categories c, and marks its first word in l as cPhrase.
func addPhrases(l lexicon, m map[string]category, c category, list string) {
	for _, p := range strings.Split(list, ",") {
		f := strings.Fields(strings.ToLower(p))
		if len(f) == 0 {
			continue
		}
		m[strings.Join(f, " ")] |= c
		l[f[0]] |= cPhrase
	}
}

// addInflected adds the inflected forms of German adjectives (höher →
// höheren) with the categories in mask.
func addInflected(l lexicon, mask category) {
	var add []string
	var cats []category
	for w, c := range l {
		if c&mask == 0 || len(w) < 4 {
			continue
		}
		for _, suf := range [...]string{"e", "en", "er", "es", "em"} {
			add = append(add, w+suf)
			cats = append(cats, c&mask)
		}
	}
	for i, w := range add {
		if l[w]&mask == 0 {
			l[w] |= cats[i]
		}
	}
}

// init builds the German and English lexicons, phrase maps, stop words and
// phrase tables.
func init() {
	buildDE(lexDE, phrasesDE)
	addInflected(lexDE, cCompar)
	buildEN(lexEN, phrasesEN)
	buildStopwords()
	phraseTabDE, phraseTabEN = newPhraseTable(phrasesDE), newPhraseTable(phrasesEN)
}

// prefixesByByte lists sepPrefixes by their first byte.
var prefixesByByte [256][]string

// init fills prefixesByByte from sepPrefixes.
func init() {
	for _, p := range sepPrefixes {
		prefixesByByte[p[0]] = append(prefixesByByte[p[0]], p)
	}
}

// sepPrefixes are German separable and inseparable verb prefixes; a strong
// past form behind one of them ("hervorhob", "aufnahm") is an event verb.
var sepPrefixes = []string{"ab", "an", "auf", "aus", "bei", "dar", "durch", "ein", "fest", "fort", "her", "heraus", "hervor", "hin", "hinzu", "los", "mit", "nach", "statt", "teil", "um", "unter", "über", "vor", "vorbei", "weg", "wieder", "zu", "zurück", "zusammen", "be", "ent", "er", "ver", "zer"}
