package extract

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

// German readers' comments (genre comments) are scored by two models: the
// shared one (learned.go), which reads a comment with the words and
// features it also reads news and debate sentences with, and the comment
// model of this file, fitted on comments only (comments_fit.go). The
// comment model reads a comment as a string of characters: the
// lower-cased text, digits as '0', each link as one mark, every character
// n-gram of a range of lengths (across word borders, so "laut studie" and
// "ich finde" are inputs as a whole), every word and pair of neighbouring
// words, hashed into 2^commentBits buckets, and a few shapes of the text
// (figures, per cent, links, quotation, question and exclamation marks,
// length; comments_inputs.go, comments_shapes.go). A small logistic
// regression over the logits of both models (stacked on out-of-fold
// logits) gives the comment's score. Neither news nor debates are
// touched: the shared model's weights stay as they are, and units of
// other genres or languages never reach this file.

// commentBits is the size of the comment model's hashed space.
const commentBits = 20

// Comment shape inputs, in this order (values in [0, 1]).
const (
	csDigit     = iota // a digit
	csNumbers          // figures: groups of digits, up to 5
	csYear             // a four-digit number 1900–2099
	csPercent          // a per cent sign
	csLink             // a link (http…, www.)
	csQuote            // a quotation mark
	csQuestion         // question marks, up to 3
	csExclaim          // exclamation marks, up to 3
	csLength           // log of the length in characters
	csSentences        // sentence ends, up to 10
	csUpper            // share of capitals among letters
	csMention          // an @
	csColon            // a colon
	csParen            // a parenthesis
	nCommentShape
)

// Layout of the comment model's weights: hashed buckets, shape inputs, bias.
const (
	cmHash    = 1 << commentBits
	cmShape   = cmHash
	cmBias    = cmShape + nCommentShape
	cmWeights = cmBias + 1
)

// commentLayout says which hashed inputs the comment model reads.
type commentLayout struct {
	minN, maxN int  // character n-grams of these lengths (0, 0: none)
	words      bool // words and pairs of neighbouring words
	tf         bool // an input's value grows with its count (log(1 + count)), not 1 for any
}

// The shared model's views of a comment, the inputs of the stacking
// besides the comment model's own logit. Each is a logit before the
// threshold the shared model's fit moved into its biases.
const (
	svWhole    = iota // the comment read whole, as a comment
	svNewsMax         // its most check-worthy sentence read alone, as news
	svNewsMean        // the mean of its sentences read alone, as news
	svSentMax         // its most check-worthy sentence read alone, as a comment
	nSharedView
)

// CommentShared holds the shared model's views of one comment (svWhole,
// svNewsMax, svNewsMean, svSentMax).
type CommentShared [nSharedView]float64

// commentModel is a fitted comment model and its stacking with the shared
// model: the comment's logit is stack[0] + Σ stack[1+v]·view v +
// stack[1+nSharedView]·o − cut, where o is the comment model's own logit
// and cut the logit of the stacked threshold (folded into stack[0]).
type commentModel struct {
	lay   commentLayout
	w     []float32
	stack [nStack]float64
}

// nStack is the number of stacking weights: bias, views, own logit.
const nStack = 2 + nSharedView

// ownLogit is the comment model's own logit of inputs xs.
func (m *commentModel) ownLogit(xs []cInput) float64 {
	z := 0.0
	for _, x := range xs {
		z += float64(m.w[x.i]) * float64(x.v)
	}
	return z
}

// logit returns the stacked logit of a comment with the shared model's
// views sh.
func (m *commentModel) logit(text string, sh CommentShared) float64 {
	z := m.stack[0] + m.stack[1+nSharedView]*m.ownLogit(commentInputs(text, m.lay, make([]cInput, 0, 6*len(text)+32)))
	for v, x := range sh {
		z += m.stack[1+v] * x
	}
	return z
}

// readsSentences reports whether the stacking reads any sentence view.
func (m *commentModel) readsSentences() bool {
	for v := svWhole + 1; v < nSharedView; v++ {
		if m.stack[1+v] != 0 {
			return true
		}
	}
	return false
}

// commentSentences returns the sentences of a comment as Extract splits
// a text.
func commentSentences(text string) []span {
	return splitBlocks(text, blocks(text, true), false)
}

// sentenceViews returns m's views of the sentences of text (svNewsMax,
// svNewsMean, svSentMax; index 0 unused), each sentence read alone in
// language lang; 0 for a text without any.
func sentenceViews(m *linModel, text, lang string) CommentShared {
	var z tokenizer
	var v CommentShared
	n := 0
	for _, sp := range commentSentences(text) {
		ut := text[sp.s:sp.e]
		var a analysis
		toks := unitFeatures(&z, ut, lang, alone, &a)
		var cx ctxInputs
		contextInputs(alone, lang == "en", m.ctx, nil, nil, &cx)
		ts := terms(ut, toks, nil)
		news, _ := m.scoreLogit(ut, &a, &cx, ts, domNews, nil)
		com, _ := m.scoreLogit(ut, &a, &cx, ts, domComments, nil)
		if n == 0 || news > v[svNewsMax] {
			v[svNewsMax] = news
		}
		if n == 0 || com > v[svSentMax] {
			v[svSentMax] = com
		}
		v[svNewsMean] += news
		n++
	}
	if n > 0 {
		v[svNewsMean] /= float64(n)
	}
	return v
}

// addCuts adds to sentence views the logits of the thresholds their
// genres' fit moved into the biases.
func addCuts(v *CommentShared, newsCut, commentCut float64) {
	v[svNewsMax] += newsCut
	v[svNewsMean] += newsCut
	v[svSentMax] += commentCut
}

// commentsText is the fitted comment model in the text form of
// CommentsFitted.WriteTo, written by internal/fitcomments.
//
//go:embed comments.tsv
var commentsText string

// comments is the shipped comment model, read from comments.tsv on first
// use (shippedComments), so that a program that never scores a comment
// does not pay for it; nil when the file holds none.
var (
	comments     *commentModel
	commentsOnce sync.Once
)

// shippedComments returns the shipped comment model, parsing comments.tsv
// on the first call; it panics when the file does not parse.
func shippedComments() *commentModel {
	commentsOnce.Do(func() {
		m, err := parseComments(commentsText)
		if err != nil {
			panic(fmt.Sprintf("extract: comments.tsv: %v", err))
		}
		comments = m
	})
	return comments
}

// shippedCut returns the logit of the shipped shared model's German
// threshold of a genre, which its fit moved into its biases (model.tsv's
// notes); added back, it gives the logit the comment model was stacked
// on.
func shippedCut(genre string) float64 {
	for _, line := range strings.Split(modelText, "\n") {
		if !strings.HasPrefix(line, "#") {
			break
		}
		if v, ok := strings.CutPrefix(line, "# "+genre+": thresholds German "); ok {
			v, _, _ = strings.Cut(v, ",")
			if t, err := strconv.ParseFloat(v, 64); err == nil && t > 0 && t < 1 {
				return logit(t)
			}
		}
	}
	return 0
}

// The shipped shared model's German comment and news cuts.
var sharedCommentCut, sharedNewsCut = shippedCut(GenreComments), shippedCut(GenreNews)

// commentLogit is the hook of the comment model: the logit of a unit of
// genre comments in language lang whose shared logit is z. German comments
// get the stacked logit; anything else keeps z.
func commentLogit(text, lang string, z float64) float64 {
	if lang != "de" || shippedComments() == nil {
		return z
	}
	var sh CommentShared
	if comments.readsSentences() {
		sh = sentenceViews(&scorer, text, lang)
		addCuts(&sh, sharedNewsCut, sharedCommentCut)
	}
	sh[svWhole] = z + sharedCommentCut
	return comments.logit(text, sh)
}
