package extract

import (
	"bufio"
	"embed"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

// The comment model scores a whole-text unit (see unit.go) of a language
// whose labelled units are readers' comments: German. It is one logistic
// regression over three groups of inputs, fitted together by FitComments:
//
//   - the sentence features (featureNames) of the whole text,
//   - the whole-text features (unitFeatureNames),
//   - the words of the text: each word, its first six letters when it is
//     longer, and each pair of neighbouring words ("terms").
//
// The feature weights keep their signs, so a reason reads the way it is
// named; a term's weight says how much the word speaks for or against a
// factual claim in the labelled comments, and the strongest of them are
// shown as reasons "word for: Studie", "word against: haha".
type commentModel struct {
	bias  float64
	sent  [nFeat]float64
	unit  [nUnitFeat]float64
	terms map[string]float64
}

// Reason names of the term contributions of a comment model.
const (
	ReasonWordFor     = "word for"     // a word that speaks for a claim of fact
	ReasonWordAgainst = "word against" // a word that speaks against one
)

//go:embed comment_*.tsv
var commentFiles embed.FS

// commentModels holds the compiled comment models by language.
var commentModels = map[string]*commentModel{}

func init() {
	names, err := commentFiles.ReadDir(".")
	if err != nil {
		panic(err)
	}
	for _, n := range names {
		lang := strings.TrimSuffix(strings.TrimPrefix(n.Name(), "comment_"), ".tsv")
		data, err := commentFiles.ReadFile(n.Name())
		if err != nil {
			panic(err)
		}
		m, err := parseCommentModel(string(data))
		if err != nil {
			panic(fmt.Sprintf("extract: %s: %v", n.Name(), err))
		}
		commentModels[lang] = m
	}
}

// parseCommentModel reads the text form written by CommentFit.WriteTo:
// comment lines start with '#', the others are tab-separated
// "bias VALUE", "sentence NAME VALUE", "whole NAME VALUE" or "term TERM VALUE".
func parseCommentModel(data string) (*commentModel, error) {
	m := &commentModel{terms: map[string]float64{}}
	sc := bufio.NewScanner(strings.NewReader(data))
	sc.Buffer(make([]byte, 0, 1<<16), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if t == "" || t[0] == '#' {
			continue
		}
		f := strings.Split(t, "\t")
		v, err := strconv.ParseFloat(f[len(f)-1], 64)
		if err != nil || len(f) < 2 || len(f) > 3 || (f[0] == "bias") != (len(f) == 2) {
			return nil, fmt.Errorf("line %d: %q", line, t)
		}
		switch f[0] {
		case "bias":
			m.bias = v
		case "sentence":
			k := featureIndex(f[1])
			if k < 0 {
				return nil, fmt.Errorf("line %d: unknown feature %q", line, f[1])
			}
			m.sent[k] = v
		case "whole":
			k := unitFeatureIndex(f[1])
			if k < 0 {
				return nil, fmt.Errorf("line %d: unknown whole-text feature %q", line, f[1])
			}
			m.unit[k] = v
		case "term":
			m.terms[f[1]] = v
		default:
			return nil, fmt.Errorf("line %d: unknown kind %q", line, f[0])
		}
	}
	return m, sc.Err()
}

func unitFeatureIndex(name string) int {
	for k, n := range unitFeatureNames {
		if n == name {
			return k
		}
	}
	return -1
}

// termSpan is a term of a text and the bytes it was read from.
type termSpan struct {
	term string
	s, e int
}

// commentTerms returns the distinct terms of text, each with the span of
// its first occurrence: "w:" and the lower-cased word ("w:#" for a
// number), "s:" and its first six letters when it is longer, "b:" and two
// neighbouring words. A word right after '@' (a mention) is no word.
func commentTerms(text string, toks []token) []termSpan {
	seen := make(map[string]bool, 2*len(toks))
	out := make([]termSpan, 0, 2*len(toks))
	add := func(t string, s, e int) {
		if !seen[t] {
			seen[t] = true
			out = append(out, termSpan{t, s, e})
		}
	}
	prev, ps := "", 0
	for i := range toks {
		t := &toks[i]
		if t.is(tPunct) || i > 0 && toks[i-1].p == '@' && toks[i-1].e == t.s {
			continue
		}
		w := t.low
		if t.is(tNum) {
			w = "#"
		}
		add("w:"+w, t.s, t.e)
		if n := 0; len(w) > 6 {
			for j := range w {
				if n == 6 {
					add("s:"+w[:j], t.s, t.e)
					break
				}
				n++
			}
		}
		if prev != "" {
			add("b:"+prev+" "+w, ps, t.e)
		}
		prev, ps = w, t.s
	}
	return out
}

// commentInputs computes what the comment model reads of text.
func commentInputs(text, lang string, z *tokenizer) (a analysis, u unitAnalysis, terms []termSpan) {
	lex := lexFor(lang)
	toks := z.tokenize(text, lex)
	analyze(text, toks, lang, &a)
	terms = commentTerms(text, toks)
	analyzeUnit(text, lang, z, &u)
	return a, u, terms
}

// denseInputs returns the sentence and whole-text feature values in one
// vector: the sentence features first.
func denseInputs(a *analysis, u *unitAnalysis) []float64 {
	x := make([]float64, 0, nFeat+nUnitFeat)
	x = append(x, a.x[:]...)
	return append(x, u.x[:]...)
}

// score returns the comment model's score of text and its reasons,
// strongest first: features that depart from a middling comment (twenty
// words) and the words that weigh most.
func (m *commentModel) score(text, lang string, z *tokenizer) (float64, []string) {
	a, u, terms := commentInputs(text, lang, z)
	zz := m.bias
	type contrib struct {
		name, ev string
		v        float64
	}
	var cs []contrib
	for f := 0; f < nFeat; f++ {
		v := m.sent[f] * a.x[f]
		zz += v
		if f != fLength && f != fLong && a.x[f] > 0 && a.ev[f] != "" && math.Abs(v) >= 0.1 {
			cs = append(cs, contrib{featureNames[f], a.ev[f], v})
		}
	}
	for f := 0; f < nUnitFeat; f++ {
		zz += m.unit[f] * u.x[f]
		v := m.unit[f] * (u.x[f] - unitRef[f])
		if f != uWordLen && u.ev[f] != "" && math.Abs(v) >= 0.1 {
			cs = append(cs, contrib{unitFeatureNames[f], u.ev[f], v})
		}
	}
	for _, t := range terms {
		v := m.terms[t.term]
		zz += v
		if math.Abs(v) >= 0.1 {
			name := ReasonWordFor
			if v < 0 {
				name = ReasonWordAgainst
			}
			cs = append(cs, contrib{name, text[t.s:t.e], v})
		}
	}
	sort.SliceStable(cs, func(i, j int) bool { return math.Abs(cs[i].v) > math.Abs(cs[j].v) })
	reasons := make([]string, 0, 6)
	seen := map[string]bool{}
	for _, c := range cs {
		if len(reasons) == 6 {
			break
		}
		if seen[c.ev] {
			continue // "number: 5" beside "word for: 5"
		}
		seen[c.ev] = true
		reasons = append(reasons, c.name+": "+c.ev)
	}
	s := 1 / (1 + math.Exp(-zz))
	return math.Round(s*1e4) / 1e4, reasons
}

// unitRef is the feature value against which a reason is judged: the
// length of a middling comment (twenty words); zero for the others.
var unitRef = [nUnitFeat]float64{uWords: math.Log1p(20)}

// assessWhole scores text[s:e] as a whole-text unit: claimant, kinds and
// details as for a sentence; score and reasons from the comment model of
// lang when there is one.
func assessWhole(text string, s, e int, lang string, th float64, heading bool, z *tokenizer, d *docState) Unit {
	u := assess(text, s, e, lang, th, heading, z, d)
	m, ok := commentModels[lang]
	if !ok {
		return u
	}
	u.Score, u.Reasons = m.score(u.Text, lang, z)
	u.CheckWorthy = u.Score >= th
	return u
}

// HasCommentModel reports whether whole texts in lang are scored by a
// comment model (and so whether CrossValidateComments applies to it).
func HasCommentModel(lang string) bool {
	_, ok := commentModels[lang]
	return ok
}
