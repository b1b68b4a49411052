// Package extract finds check-worthy claims in German and English news text.
// It is pure: text in, scored units out; no I/O, no network, deterministic,
// safe for concurrent use.
//
// Extract splits a text into sentences (or lines), detects the language per
// document and paragraph, and scores each unit with one logistic regression
// learned from labelled news sentences, debate sentences and readers'
// comments (learned.go, fit.go; the fitted weights are model.tsv, written by
// internal/fit): hashed words and word pairs of the unit plus general
// linguistic features a person recognises (numbers, dates, named entities,
// reporting and modal verbs, questions, headings; features.go), each with a
// weight shared by all genres and one of its genre, and the context of the
// sentence in its article (its place, whether it repeats an earlier one,
// its language, the features of the sentences before and after it and the
// mean features of the whole text; context.go, repeat.go, article.go). The
// sentences of a news text are then scored again by a small second stage
// over the first one's scores of the sentence, its neighbours and the
// whole text (stage2.go). Every score comes with the reasons that made it
// (the first stage's: "number: Hunderte", "word for: Prozent", "opinion
// marker: Ich denke"). A page's furniture (bylines, credits, teasers,
// time lines) is housekeeping: never check-worthy, no claimant
// (housekeeping.go).
//
// Each unit names its claimant, who the text says makes the statement
// ("" for none): rules per language read the unit's speech verbs, its own
// forms ("Ann Lee: …", "…, so der Landrat") and the speaker of the units
// before it (claimant.go and the claimant_*.go files). A learned chooser
// can weigh the rules' answer against the people and bodies named in and
// before the unit (claimant_choose.go; claimant.tsv, written by
// internal/fitclaimant); the shipped weights keep the rules' answer in
// both languages.
//
// Sentences of an article are news. A text handed over whole (Score, or a
// line of Split "lines") is read as Options.Genre: news, debates or
// comments; automatic: a collection of lines is comments when at least half
// of them read like comments (CommentLike), news otherwise. A German unit
// read as a comment is scored by a comment model stacked on the shared
// model's logits (comments.go; comments.tsv, written by
// internal/fitcomments).
package extract

import (
	"slices"
	"strings"
)

// Options tune an extraction. The zero value means: detect the language,
// split into sentences, default threshold.
type Options struct {
	Lang      string  // "auto" or "" to detect, "de" or "en" to force
	Split     string  // "sentences" (default) or "lines"
	Threshold float64 // score at or above which a unit is check-worthy; 0 means DefaultThreshold
	// Genre says how whole-text units (Score, Split "lines") are read:
	// GenreNews as sentences or paragraphs of news, GenreDebates as
	// sentences of spoken debate, GenreComments as readers' comments or
	// posts; "" or "auto" decides by the text (see Genre). Sentences of an
	// article are always news.
	Genre string
	trace *claimantTrace // set by ClaimantCandidates only
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
	logit       float64  // Score's logit before the article's part (article.go)
	read        string   // Text as read (ReadText), when printClean changed it
}

// ReadText is the unit's text as the extractor read it: Text itself, or,
// for text copied from a print layout, Text read inside the whole input
// (printClean: a word cut at a line end whole, as the input writes it
// elsewhere, no soft hyphens, ligatures written out, a page's running
// head inside the sentence left out). A reader may show a unit so; Start,
// End and Text stay those of the input.
func (u Unit) ReadText() string {
	if u.read != "" {
		return u.read
	}
	return u.Text
}

// Extract returns every unit of text in text order. Text copied from a
// print layout is read without its typesetting (printClean); the units
// keep the offsets and text of text.
func Extract(text string, opts Options) []Unit {
	wk := getWork()
	defer wk.release()
	clean, m := printClean(text, opts.Split != "lines")
	out := extractWith(wk, clean, opts)
	if m != nil {
		m.remap(text, clean, out)
		if opts.trace != nil {
			m.remapTrace(opts.trace.units)
		}
	}
	return out
}

// extractWith is Extract with the buffers and maps of wk.
func extractWith(wk *work, text string, opts Options) []Unit {
	lines := opts.Split == "lines"
	wk.bs = appendBlocks(slices.Grow(wk.bs[:0], strings.Count(text, "\n")+1), text, !lines)
	bs := wk.bs
	spans := bs
	if !lines {
		wk.spans = appendSentences(slices.Grow(wk.spans[:0], len(bs)*2), text, bs)
		spans = wk.spans
	}
	spans = capSpans(text, spans) // a unit of megabytes is read in pieces (split_long.go)
	wk.langs, wk.votes = blockLangs(wk.langs[:0], wk.votes[:0], text, bs, forced(opts.Lang))
	langs := wk.langs
	th := threshold(opts)
	out := make([]Unit, 0, len(spans))
	z := &wk.z
	d := wk.docState(opts.trace)
	dom := domNews
	if lines {
		dom = linesDomain(text, spans, langs, z, opts.Genre)
	}
	// Unit i is scored once unit i+1 is analysed: its features are an
	// input of unit i. Two stages alternate; before holds the features of
	// the unit before the one being scored.
	st := &wk.st
	var before [nFeat]float64
	var beforeNZ featMask // before's non-zero features
	var art articleSum    // the features of the whole text, for its units' scores
	prev := alone
	var seen *repeatSet // the units read so far (repeat.go); none for lines
	if !lines {
		seen = wk.repeatSet()
	}
	apart := commentsApart(lines, dom, opts)
	for i, sp := range spans {
		if apart && i > 0 {
			wk.nextComment(&d, &st[(i-1)%2], text) // another reader's comment (claimant_apart.go)
		}
		p := nextPlace(text, i, sp, bs, prev, seen)
		prev = p
		if lines { // a line of a collection is read on its own
			p.index = -1
		}
		stage(text, sp.s, sp.e, langs[sp.para], p, z, &d, &st[i%2])
		a := &st[i%2].a
		art.add(&a.x, a.nz)
		if i > 0 {
			out = out[:i]
			finish(text, &st[(i-1)%2], neighbours{beforeOf(i-1, &before), &a.x, beforeNZ, a.nz}, th, dom, &z.slab, &out[i-1])
			before, beforeNZ = st[(i-1)%2].a.x, st[(i-1)%2].a.nz
		}
	}
	if n := len(spans); n > 0 {
		out = out[:n]
		finish(text, &st[(n-1)%2], neighbours{before: beforeOf(n-1, &before), bnz: beforeNZ}, th, dom, &z.slab, &out[n-1])
	}
	if !lines {
		art.rescore(&scorer, out, dom, th)
	}
	named := out
	if apart && len(out) > 0 {
		named = out[len(out)-1:] // the last comment's own memory: the others had theirs (nextComment)
	}
	d.protocolHeadlineDE(named)  // „Wir bleiben offen“ above a lead naming Lena Brandt (claimant_de_protocolhead.go)
	d.backReference(text, named) // „… um 8 Prozent. Das teilte das Unternehmen mit.“ (claimant_backref.go)
	if dom == domNews {
		housekeep(out, spans, th) // a pasted page's bylines, credits, teasers (housekeeping.go)
	}
	d.fullest(named)
	wk.keepLists(&d)
	return out
}

// linesDomain returns the domain of text read as lines (spans): the one
// genre names, or for a genre that names none, the one of the share of
// lines that read like comments (Genre).
func linesDomain(text string, spans []span, langs []string, z *tokenizer, genre string) int {
	if genre == GenreNews || genre == GenreComments || genre == GenreDebates {
		return domainOf(genre)
	}
	n := 0
	for _, sp := range spans {
		if commentLike(text[sp.s:sp.e], z.tokenize(text[sp.s:sp.e], lexFor(langs[sp.para]))) {
			n++
		}
	}
	return domainOf(Genre(n, len(spans)))
}

// beforeOf returns the features of the unit before unit i (nil for the
// first).
func beforeOf(i int, x *[nFeat]float64) *[nFeat]float64 {
	if i == 0 {
		return nil
	}
	return x
}

// Score assesses text as a single whole-text unit (a comment, a post, a
// sentence), as claimctl eval does with each labelled row, read as
// Options.Genre; with an automatic genre, as a comment when it reads like
// one (CommentLike), as news otherwise. Options.Split is ignored.
func Score(text string, opts Options) Unit {
	lang := forced(opts.Lang)
	if lang == "" {
		lang = DetectLanguage(text)
	}
	s, e := trimSpan(text, 0, len(text))
	var z tokenizer
	var d docState
	dom := domainOf(opts.Genre)
	if opts.Genre != GenreNews && opts.Genre != GenreComments && opts.Genre != GenreDebates {
		if commentLike(text[s:e], z.tokenize(text[s:e], lexFor(lang))) {
			dom = domComments
		}
	}
	var st staged
	stage(text, s, e, lang, alone, &z, &d, &st)
	var u Unit
	finish(text, &st, neighbours{}, threshold(opts), dom, &z.slab, &u)
	return u
}

// FeatureVector returns the feature values of text taken as one unit in
// language lang, in the order of FeatureNames.
func FeatureVector(text, lang string) []float64 {
	var z tokenizer
	var a analysis
	toks := z.tokenize(text, lexFor(lang))
	analyze(&z, text, toks, lang, &a)
	return append([]float64(nil), a.x[:]...)
}

// forced returns lang when it is "de" or "en", and "" (guess the language)
// for anything else.
func forced(lang string) string {
	if lang == "de" || lang == "en" {
		return lang
	}
	return ""
}

// threshold returns the check-worthiness cut-off of opts, DefaultThreshold
// when it sets none.
func threshold(opts Options) float64 {
	if opts.Threshold > 0 {
		return opts.Threshold
	}
	return DefaultThreshold
}

// lexFor returns the German lexicon for "de" and the English one for any
// other language.
func lexFor(lang string) lexicon {
	if lang == "de" {
		return lexDE
	}
	return lexEN
}

// splitBlocks splits the blocks into units.
func splitBlocks(text string, bs []span, lines bool) []span {
	if lines {
		return capSpans(text, bs)
	}
	return capSpans(text, appendSentences(make([]span, 0, len(bs)*2), text, bs))
}

// appendSentences appends the sentences of the blocks bs to out; a block
// with a ticker's "+++" marks is split at them first (tickerParts), one
// with emoji after each run that ends a sentence (emojiParts).
func appendSentences(out []span, text string, bs []span) []span {
	var parts [8]span
	for _, b := range bs {
		if !strings.Contains(text[b.s:b.e], "+++") {
			for _, e := range emojiParts(text, b, parts[:0]) {
				out = appendBlockSentences(out, text, e)
			}
			continue
		}
		for _, p := range tickerParts(text, b) {
			for _, e := range emojiParts(text, p, parts[:0]) {
				out = appendBlockSentences(out, text, e)
			}
		}
	}
	return out
}

// appendBlockSentences appends the sentences of block b to out.
func appendBlockSentences(out []span, text string, b span) []span {
	n := len(out)
	var balanced bool
	out, balanced = sentences(text, b, true, out)
	if !balanced { // a quotation never closed: split as if there were none
		out, _ = sentences(text, b, false, out[:n])
	}
	return out
}

// unitFeatures tokenizes the unit ut at place p and computes its features
// into a; the tokens are valid until z is used again.
func unitFeatures(z *tokenizer, ut, lang string, p place, a *analysis) []token {
	toks := z.tokenize(ut, lexFor(lang))
	// The lists' buffers are reused: finish copies them out.
	*a = analysis{attrib: a.attrib[:0], entities: a.entities[:0], dates: a.dates[:0], numbers: a.numbers[:0]}
	analyze(z, ut, toks, lang, a)
	if p.heading && a.words <= 15 {
		a.set(fHeading, 1, evidenceNoFinalPunct)
	}
	return toks
}

// staged is a unit analysed (features, claimant, word inputs) and waiting
// for the features of the unit after it to be scored.
type staged struct {
	s, e  int
	lang  string
	p     place
	a     analysis
	terms []term
	who   string
}

// stage analyses text[s:e], a unit at place p, into st, its features
// sealed (analysis.seal).
func stage(text string, s, e int, lang string, p place, z *tokenizer, d *docState, st *staged) {
	ut := text[s:e]
	lex := lexFor(lang)
	st.s, st.e, st.lang, st.p = s, e, lang, p
	toks := unitFeatures(z, ut, lang, p, &st.a)
	st.who = d.attribute(toks, text, s, e, &st.a, lang == "de", lex)
	st.terms = terms(ut, toks, st.terms[:0])
	st.a.seal()
}

// finish scores a staged unit of genre dom with the features of the units
// before and after it (nb; nil: none) into u, a zero Unit.
func finish(text string, st *staged, nb neighbours, th float64, dom int, sl *slab, u *Unit) {
	ut := text[st.s:st.e]
	a := &st.a
	var cx ctxInputs
	contextInputsNZ(st.p, st.lang == "en", scorer.ctx, nb, &cx)
	z, reasons := scorer.scoreLogit(ut, a, &cx, st.terms, dom, sl)
	if dom == domComments {
		z = commentLogit(ut, st.lang, z) // German comments: comments.go
	}
	score := prob(z)
	*u = Unit{logit: z,
		Start: st.s, End: st.e, Text: ut,
		Score: score, CheckWorthy: score >= th,
		Claimant: st.who, Kinds: kinds(a), Reasons: reasons, Lang: st.lang,
		Entities: sl.list(a.entities), Dates: sl.list(a.dates), Numbers: sl.list(a.numbers),
	}
}

// kindSets holds, for each combination of kinds (a bit mask in the order
// of kindOrder), its list. Units share these lists; their capacity equals
// their length, so an append by a caller copies.
var (
	kindOrder = [...]string{KindQuantity, KindEvent, KindQuote, KindComparison, KindLegal}
	kindSets  [1 << len(kindOrder)][]string
)

// init fills kindSets with the list of kinds of each bit mask.
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
	if a.x[fNumber] > 0 || a.x[fQuantity] > 0 {
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
