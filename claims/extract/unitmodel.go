package extract

import (
	"fmt"
	"math"
)

// unitModel is whole-text Weights in feature order.
type unitModel struct {
	bias float64
	w    [nUnitFeat]float64
}

var unitModels = map[string]unitModel{}

// unitRef is the feature value against which a reason is judged: the
// length of a middling comment (twenty words); zero for the others.
var unitRef = [nUnitFeat]float64{uWords: math.Log1p(20)}

func init() {
	for lang, ws := range fittedUnitWeights {
		m := unitModel{bias: ws.Bias}
		for name, v := range ws.Weights {
			k := -1
			for i, n := range unitFeatureNames {
				if n == name {
					k = i
				}
			}
			if k < 0 {
				panic(fmt.Sprintf("extract: unit weights name unknown feature %q", name))
			}
			m.w[k] = v
		}
		unitModels[lang] = m
	}
}

// assessWhole scores text[s:e] as a whole-text unit: claimant, kinds and
// details as for a sentence; score and reasons from the unit model of lang
// when there is one.
func assessWhole(text string, s, e int, lang string, th float64, heading bool, z *tokenizer, d *docState) Unit {
	u := assess(text, s, e, lang, th, heading, z, d)
	m, ok := unitModels[lang]
	if !ok {
		return u
	}
	var ua unitAnalysis
	analyzeUnit(u.Text, lang, z, &ua)
	zz := m.bias
	type contrib struct {
		f int
		v float64
	}
	var cs []contrib
	for f := 0; f < nUnitFeat; f++ {
		zz += m.w[f] * ua.x[f]
		// A reason is a departure from a middling comment: a sentence
		// scored 0.5, twenty words.
		v := m.w[f] * (ua.x[f] - unitRef[f])
		if f != uWordLen && ua.ev[f] != "" && math.Abs(v) >= 0.25 {
			cs = append(cs, contrib{f, v})
		}
	}
	for i := 1; i < len(cs); i++ { // insertion sort, stable, by |v| descending
		for j := i; j > 0 && math.Abs(cs[j].v) > math.Abs(cs[j-1].v); j-- {
			cs[j], cs[j-1] = cs[j-1], cs[j]
		}
	}
	reasons := make([]string, 0, 6)
	for _, c := range cs {
		if len(reasons) == 4 {
			break
		}
		reasons = append(reasons, unitFeatureNames[c.f]+": "+ua.ev[c.f])
	}
	for _, r := range u.Reasons { // what the sentence features found, after
		if len(reasons) == 6 {
			break
		}
		if !hasPrefixReason(reasons, r) {
			reasons = append(reasons, r)
		}
	}
	score := math.Round(1/(1+math.Exp(-zz))*1e4) / 1e4
	u.Score, u.CheckWorthy, u.Reasons = score, score >= th, reasons
	return u
}

// hasPrefixReason reports whether a reason with r's feature name is in list.
func hasPrefixReason(list []string, r string) bool {
	name := r
	for i := 0; i+1 < len(r); i++ {
		if r[i] == ':' && r[i+1] == ' ' {
			name = r[:i+2]
			break
		}
	}
	for _, l := range list {
		if len(l) >= len(name) && l[:len(name)] == name {
			return true
		}
	}
	return false
}
