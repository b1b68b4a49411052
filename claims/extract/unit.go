package extract

import (
	"math"
	"strings"
)

// A whole-text unit is a text the caller hands over as one piece rather
// than a sentence of an article: a reader's comment or a post (Score, and so
// claimctl eval), or a line of Options.Split "lines". It is check-worthy
// when some part of it claims a fact. For languages with a fitted comment
// model (comment.go) it is scored by that model, which adds to the sentence
// features of the whole text a few features of the whole (these below: how
// long it is, how many numbers it gives, whether it expounds (seit, bereits,
// laut, wurde …) or addresses, insults and demands (du, ihr, Idioten, muss
// …)) and the words it uses. Sentences of an article never take this path.
const (
	uWords    = iota // length in words
	uNumbers         // number tokens
	uExpound         // expository function words per ten words
	uWordLen         // mean letters per word
	uSecond          // second-person words per ten words
	uFirst           // first-person words per ten words
	uInterj          // an interjection: oh, ach, haha
	uInsult          // an insult or slur
	uQuestion        // question marks
	uDemand          // modal demands per ten words: muss, soll, bitte
	uEvidence        // words that point to evidence: Fakt, Studie, laut
	uCurrency        // a %, € or $ sign
	nUnitFeat
)

var unitFeatureNames = [nUnitFeat]string{
	"text length", "numbers", "expository words", "word length",
	"addressing someone", "first person", "interjection", "insult", "questions", "demand",
	"evidence word", "percent or currency",
}

var unitFeatureSigns = [nUnitFeat]int{+1, +1, +1, +1, -1, -1, -1, -1, -1, -1, +1, +1}

// UnitFeatureNames returns the names of the whole-text features.
func UnitFeatureNames() []string { return append([]string(nil), unitFeatureNames[:]...) }

// UnitFeatureSigns returns, per whole-text feature, the sign its weight must have.
func UnitFeatureSigns() []int { return append([]int(nil), unitFeatureSigns[:]...) }

// Word classes of the whole-text features.
const (
	wExpound = 1 << iota
	wSecond
	wFirst
	wInterj
	wInsult
	wDemand
	wEvidence
)

// unitWords holds the word classes per language; only languages with a
// comment model need them.
var unitWords = map[string]map[string]uint8{"de": {}}

func addUnitWords(lang string, class uint8, words string) {
	for _, w := range strings.Fields(words) {
		unitWords[lang][w] |= class
	}
}

func init() {
	addUnitWords("de", wExpound, `des eines einer sowie bzw jedoch bereits seit bis durch davon dort daher wegen obwohl
sogar erst aufgrund laut etwa ca rund insgesamt jeweils zudem außerdem damals inzwischen mittlerweile übrigens
beispielsweise nämlich zwar wurde wurden worden gab`)
	addUnitWords("de", wSecond, `du dich dir dein deine deiner deinen deinem ihr euch euer eure hast bist willst kannst
musst solltest weißt`)
	addUnitWords("de", wFirst, `ich mir mich mein meine meiner meinen meinem`)
	addUnitWords("de", wInterj, `oh ach na naja tja sorry haha hahaha lol omg boah hä wow ah`)
	addUnitWords("de", wInsult, `idiot idioten dumm dumme dummen dummes blöd blöde nazi nazis hetze hetzer lügner heuchler
schwachsinn quatsch bullshit mist scheiß scheiss kotz peinlich lächerlich erbärmlich widerlich ekelhaft pfui schäm
schämen verarschen`)
	addUnitWords("de", wDemand, `muss müssen müsste müssten soll sollen sollte sollten darf dürfen bitte endlich`)
	addUnitWords("de", wEvidence, `fakt fakten tatsache tatsächlich nachweislich bewiesen belegt beleg belege beweis beweise
studie studien statistik statistiken laut zufolge quelle quellen prozent euro millionen milliarden gesetz gesetze urteil
bericht berichte zahlen daten bundesregierung regierung`)
}

// unitAnalysis is what the whole-text features found.
type unitAnalysis struct {
	x  [nUnitFeat]float64
	ev [nUnitFeat]string
}

// analyzeUnit computes the whole-text features of text in language lang.
func analyzeUnit(text, lang string, z *tokenizer, u *unitAnalysis) {
	lex := lexFor(lang)
	words, letters := 0, 0
	var counts [8]int
	classes := unitWords[lang]
	toks := z.tokenize(text, lex)
	for i := range toks {
		t := &toks[i]
		if t.is(tPunct) {
			switch t.p {
			case '?':
				counts[0]++
			case '%', '$':
				u.set(uCurrency, 1, text[t.s:t.e])
			case 0xe2: // €
				if strings.HasPrefix(text[t.s:], "€") {
					u.set(uCurrency, 1, "€")
				}
			}
			continue
		}
		if i > 0 && toks[i-1].p == '@' && toks[i-1].e == t.s {
			continue // @USER
		}
		words++
		letters += len([]rune(t.low))
		if t.is(tNum) {
			counts[1]++
			if counts[1] == 1 {
				u.ev[uNumbers] = text[t.s:t.e]
			}
			continue
		}
		c := classes[t.low]
		for k, f := range [...]int{uExpound, uSecond, uFirst, uInterj, uInsult, uDemand, uEvidence} {
			if c&(1<<k) != 0 {
				if u.ev[f] == "" {
					u.ev[f] = text[t.s:t.e]
				}
				u.x[f]++
			}
		}
	}
	n := math.Max(float64(words), 1)
	u.x[uWords] = math.Log1p(float64(words))
	u.ev[uWords] = itoa(words) + " words"
	u.x[uNumbers] = math.Log1p(float64(counts[1]))
	u.x[uWordLen] = float64(letters) / n / 6
	for _, f := range [...]int{uExpound, uSecond, uFirst, uDemand} {
		u.x[f] = u.x[f] / n * 10
	}
	u.x[uInterj] = math.Min(u.x[uInterj], 1)
	u.x[uInsult] = math.Min(u.x[uInsult], 1)
	u.x[uEvidence] = math.Log1p(u.x[uEvidence])
	u.x[uQuestion] = math.Log1p(float64(counts[0]))
	if counts[0] > 0 {
		u.ev[uQuestion] = strings.Repeat("?", min(counts[0], 3))
	}
}

func (u *unitAnalysis) set(f int, v float64, ev string) {
	if u.x[f] == 0 {
		u.ev[f] = ev
	}
	u.x[f] = math.Max(u.x[f], v)
}
