package extract

import (
	_ "embed"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
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
// length). A small logistic regression over the logits of both models
// (stacked on out-of-fold logits) gives the comment's score. Neither news
// nor debates are touched: the shared model's weights stay as they are,
// and units of other genres or languages never reach this file.

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

// cInput is one input of the comment model: an index and a value.
type cInput struct {
	i int32
	v float32
}

// commentNorm returns the text as the comment model reads it: lower case,
// digits as '0', each run of spaces as one space, each link as '\x01', a
// space before and after.
func commentNorm(text string, buf []byte) []byte {
	buf = append(buf[:0], ' ')
	space := true
	for i := 0; i < len(text); {
		if isLinkAt(text, i) {
			j := i
			for j < len(text) && !isSpaceByte(text[j]) {
				j++
			}
			buf = append(buf, 1)
			i, space = j, false
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		switch {
		case unicode.IsSpace(r):
			if !space {
				buf = append(buf, ' ')
			}
			space = true
			continue
		case r >= '0' && r <= '9':
			r = '0'
		default:
			r = unicode.ToLower(r)
		}
		buf = utf8.AppendRune(buf, r)
		space = false
	}
	if !space {
		buf = append(buf, ' ')
	}
	return buf
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

// isLinkAt reports whether a link starts at text[i:] (http:, https:,
// www.) at the start of a word.
func isLinkAt(text string, i int) bool {
	if i > 0 && !isSpaceByte(text[i-1]) && text[i-1] != '(' {
		return false
	}
	s := text[i:]
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "www.")
}

// commentInputs appends the inputs of a comment to buf: its hashed
// n-grams and words (each distinct one once, each group scaled to unit
// length), its shapes and the bias.
func commentInputs(text string, lay commentLayout, buf []cInput) []cInput {
	norm := commentNorm(text, make([]byte, 0, len(text)+2))
	var hs []uint32
	if lay.maxN > 0 {
		hs = charGrams(norm, lay.minN, lay.maxN, hs)
		buf = appendGroup(buf, hs, lay.tf)
	}
	if lay.words {
		hs = wordGrams(norm, hs[:0])
		buf = appendGroup(buf, hs, lay.tf)
	}
	var sh [nCommentShape]float64
	commentShapes(text, &sh)
	for k, v := range sh {
		if v != 0 {
			buf = append(buf, cInput{int32(cmShape + k), float32(v)})
		}
	}
	return append(buf, cInput{cmBias, 1})
}

// appendGroup appends the distinct hashes of hs (sorted in place) as
// inputs of value 1, or with tf log(1 + count), the group scaled to unit
// length (1/√n without tf).
func appendGroup(buf []cInput, hs []uint32, tf bool) []cInput {
	if len(hs) == 0 {
		return buf
	}
	for i, h := range hs {
		hs[i] = mix(h) & (cmHash - 1)
	}
	sort.Slice(hs, func(a, b int) bool { return hs[a] < hs[b] })
	start := len(buf)
	sum := 0.0
	for i := 0; i < len(hs); {
		j := i + 1
		for j < len(hs) && hs[j] == hs[i] {
			j++
		}
		v := 1.0
		if tf {
			v = math.Log1p(float64(j - i))
		}
		sum += v * v
		buf = append(buf, cInput{int32(hs[i]), float32(v)})
		i = j
	}
	norm := 1 / math.Sqrt(sum)
	for k := start; k < len(buf); k++ {
		buf[k].v = float32(float64(buf[k].v) * norm)
	}
	return buf
}

// charGrams appends the hashes of the character n-grams of norm, minN ≤ n
// ≤ maxN (in characters; a gram of spaces only is skipped).
func charGrams(norm []byte, minN, maxN int, hs []uint32) []uint32 {
	starts := make([]int, 0, len(norm)+1)
	for i := range string(norm) {
		starts = append(starts, i)
	}
	starts = append(starts, len(norm))
	chars := len(starts) - 1
	hs = slicesGrow(hs, chars*(maxN-minN+1)+2*chars)
	for n := minN; n <= maxN; n++ {
		seed := fnvByte(fnvOffset, byte('0'+n))
		for i := 0; i+n <= chars; i++ {
			g := norm[starts[i]:starts[i+n]]
			if n == 1 && g[0] == ' ' {
				continue
			}
			h := seed
			for _, b := range g {
				h = fnvByte(h, b)
			}
			hs = append(hs, h)
		}
	}
	return hs
}

// slicesGrow returns hs with room for n more hashes.
func slicesGrow(hs []uint32, n int) []uint32 {
	if cap(hs)-len(hs) < n {
		hs = append(make([]uint32, 0, len(hs)+n), hs...)
	}
	return hs
}

// wordGrams appends the hashes of the words of norm (runs of letters and
// digits, a link as a word) and of each pair of neighbouring words.
func wordGrams(norm []byte, hs []uint32) []uint32 {
	s := string(norm)
	var prev uint32
	have := false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == 1) {
			i += n
			continue
		}
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == 1) {
				break
			}
			j += n
		}
		w := fnvAdd(fnvByte(fnvOffset, 'W'), s[i:j])
		hs = append(hs, w)
		if have {
			hs = append(hs, (prev^w)*fnvPrime+'P')
		}
		prev, have = w*31+11, true
		i = j
	}
	return hs
}

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
