// Package extract finds check-worthy claims in German and English news text.
// It is pure: text in, scored units out; no I/O, no network, deterministic,
// safe for concurrent use.
//
// Extract splits a text into sentences (or lines), detects the language per
// document and paragraph, and scores each unit with a small logistic
// regression over features a person recognises: numbers, dates, named
// entities, past-tense event verbs, comparisons, legal and official acts,
// attribution for, opinion markers, speculation, questions and headings
// against. Every score comes with the reasons that made it ("number:
// Zehntausende", "opinion marker: Ich denke"). The weights are fitted by the
// program in internal/fit and compiled into the binary (weights.go).
//
// A text handed over whole (Score, or a line of Split "lines") is read as
// news or as a reader's comment (Options.Genre; automatic: a collection of
// lines is comments when at least half of them read like comments, see
// CommentLike). German comments are scored by the comment model (comment.go):
// the same features plus a few of the whole text and the words it uses,
// fitted by FitComments on labelled comments (comment_de.tsv), with reasons
// such as "word for: Studie". Everything else takes the sentence model.
package extract

import "strings"

// Options tune an extraction. The zero value means: detect the language,
// split into sentences, default threshold.
type Options struct {
	Lang      string  // "auto" or "" to detect, "de" or "en" to force
	Split     string  // "sentences" (default) or "lines"
	Threshold float64 // score at or above which a unit is check-worthy; 0 means DefaultThreshold
	// Genre says how whole-text units (Score, Split "lines") are read:
	// GenreNews as sentences or paragraphs of news (the sentence model),
	// GenreComments as readers' comments or posts (the comment model, where
	// the language has one); "" or "auto" decides by the text (see Genre).
	// Sentences of an article are always news.
	Genre string
}

// Genres of whole-text units.
const (
	GenreNews     = "news"
	GenreComments = "comments"
)

// DefaultThreshold is the check-worthiness cut-off used when Options leave it unset.
const DefaultThreshold = 0.5

// The kinds of claim a unit can be; a unit may have several.
const (
	KindQuantity   = "quantity"   // numbers, statistics, amounts
	KindEvent      = "event"      // something that happened
	KindQuote      = "quote"      // an attributed or quoted statement
	KindComparison = "comparison" // comparisons, superlatives, records
	KindLegal      = "legal"      // laws, courts, votes, official acts
)

// Unit is one sentence (or line) of the input with its assessment.
type Unit struct {
	Start       int      `json:"start"` // byte offsets into the input; Text == input[Start:End]
	End         int      `json:"end"`
	Text        string   `json:"text"`
	Score       float64  `json:"score"` // 0..1
	CheckWorthy bool     `json:"checkworthy"`
	Claimant    string   `json:"claimant"`
	Kinds       []string `json:"kinds"`
	Reasons     []string `json:"reasons"`
	Lang        string   `json:"lang"`
	Entities    []string `json:"entities,omitempty"`
	Dates       []string `json:"dates,omitempty"`
	Numbers     []string `json:"numbers,omitempty"`
}

// Extract returns every unit of text in text order.
func Extract(text string, opts Options) []Unit {
	lines := opts.Split == "lines"
	bs := blocks(text, !lines)
	spans := splitBlocks(text, bs, lines)
	langs := detectLangs(text, bs, forced(opts.Lang))
	th := threshold(opts)
	out := make([]Unit, 0, len(spans))
	var z tokenizer
	var d docState
	comments := false
	if lines {
		comments = opts.Genre == GenreComments
		if opts.Genre != GenreNews && opts.Genre != GenreComments {
			n := 0
			for _, sp := range spans {
				if commentLike(text[sp.s:sp.e], z.tokenize(text[sp.s:sp.e], lexFor(langs[sp.para]))) {
					n++
				}
			}
			comments = Genre(n, len(spans)) == GenreComments
		}
	}
	for _, sp := range spans {
		b := bs[sp.para]
		heading := sp.s == b.s && sp.e == b.e && !strings.ContainsRune(".!?:;", rune(lastMark(text[sp.s:sp.e])))
		if comments {
			out = append(out, assessWhole(text, sp.s, sp.e, langs[sp.para], th, heading, &z, &d))
			continue
		}
		out = append(out, assess(text, sp.s, sp.e, langs[sp.para], th, heading, &z, &d))
	}
	return out
}

// Score assesses text as a single whole-text unit (a comment, a post, a
// sentence), as claimctl eval does with each labelled row: by the comment
// model when Options.Genre is GenreComments, or is automatic and the text
// reads like a comment (CommentLike), and the language has one; by the
// sentence model otherwise. Options.Split is ignored.
func Score(text string, opts Options) Unit {
	lang := forced(opts.Lang)
	if lang == "" {
		lang = DetectLanguage(text)
	}
	s, e := trimSpan(text, 0, len(text))
	var z tokenizer
	var d docState
	comments := opts.Genre == GenreComments
	if opts.Genre != GenreNews && opts.Genre != GenreComments {
		comments = commentLike(text[s:e], z.tokenize(text[s:e], lexFor(lang)))
	}
	if comments {
		return assessWhole(text, s, e, lang, threshold(opts), false, &z, &d)
	}
	return assess(text, s, e, lang, threshold(opts), false, &z, &d)
}

// FeatureVector returns the feature values of text taken as one unit in
// language lang, in the order of FeatureNames. The fitting program uses it.
func FeatureVector(text, lang string) []float64 {
	var z tokenizer
	var a analysis
	toks := z.tokenize(text, lexFor(lang))
	analyze(text, toks, lang, &a)
	return append([]float64(nil), a.x[:]...)
}

func forced(lang string) string {
	if lang == "de" || lang == "en" {
		return lang
	}
	return ""
}

func threshold(opts Options) float64 {
	if opts.Threshold > 0 {
		return opts.Threshold
	}
	return DefaultThreshold
}

func lexFor(lang string) lexicon {
	if lang == "de" {
		return lexDE
	}
	return lexEN
}

// splitBlocks splits the blocks into units.
func splitBlocks(text string, bs []span, lines bool) []span {
	if lines {
		return bs
	}
	out := make([]span, 0, len(bs)*2)
	for _, b := range bs {
		n := len(out)
		var balanced bool
		out, balanced = sentences(text, b, true, out)
		if !balanced { // a quotation never closed: split as if there were none
			out, _ = sentences(text, b, false, out[:n])
		}
	}
	return out
}

// assess scores text[s:e].
func assess(text string, s, e int, lang string, th float64, heading bool, z *tokenizer, d *docState) Unit {
	ut := text[s:e]
	lex := lexFor(lang)
	toks := z.tokenize(ut, lex)
	var a analysis
	analyze(ut, toks, lang, &a)
	if heading && a.words <= 15 {
		a.set(fHeading, 1, "no final punctuation")
	}
	d.mentions(toks, ut, lang == "de", lex)
	who := d.claimant(toks, ut, &a, lang == "de", lex)
	m := models[lang]
	score, reasons := m.score(&a)
	return Unit{
		Start: s, End: e, Text: ut,
		Score: score, CheckWorthy: score >= th,
		Claimant: who, Kinds: kinds(&a), Reasons: reasons, Lang: lang,
		Entities: a.entities, Dates: a.dates, Numbers: a.numbers,
	}
}

// kindSets holds, for each combination of kinds (a bit mask in the order
// of kindOrder), its list. Units share these lists; their capacity equals
// their length, so an append by a caller copies.
var (
	kindOrder = [...]string{KindQuantity, KindEvent, KindQuote, KindComparison, KindLegal}
	kindSets  [1 << len(kindOrder)][]string
)

func init() {
	for m := range kindSets {
		list := []string{}
		for i, k := range kindOrder {
			if m&(1<<i) != 0 {
				list = append(list, k)
			}
		}
		kindSets[m] = list[:len(list):len(list)]
	}
}

// kinds names the kinds of claim the features point to.
func kinds(a *analysis) []string {
	m := 0
	if a.x[fNumber] > 0 || a.x[fQuantity] > 0 || a.x[fStat] > 0 {
		m |= 1
	}
	if a.x[fEvent] > 0 {
		m |= 2
	}
	if a.x[fAttrib] > 0 || a.x[fQuote] > 0 {
		m |= 4
	}
	if a.x[fCompare] > 0 {
		m |= 8
	}
	if a.x[fLegal] > 0 {
		m |= 16
	}
	return kindSets[m]
}
