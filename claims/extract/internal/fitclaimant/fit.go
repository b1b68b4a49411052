package main

import (
	"fmt"
	"hash/fnv"
	"math"
)

// iterations and step are the optimiser's settings (Adam, full batch).
const (
	iterations = 400
	step       = 0.05
	folds      = 5
)

// fit fits the chooser's weights on exs: a conditional logistic regression
// over each unit's candidates, maximising the probability of the right
// ones, plus lambda/2·|w|². A quotation unit weighs quoteWeight, a news
// label 1; a unit with no right candidate is left out.
func fit(exs []example, lambda, quoteWeight float64) []float64 {
	teacherForce(exs)
	n := len(featureNames)
	w := make([]float64, n)
	m, v := make([]float64, n), make([]float64, n)
	g := make([]float64, n)
	var total float64
	for _, e := range exs {
		total += weightOf(e, quoteWeight)
	}
	if total == 0 {
		return w
	}
	const b1, b2 = 0.9, 0.999
	for it := 1; it <= iterations; it++ {
		for f := range g {
			g[f] = lambda * w[f]
		}
		for _, e := range exs {
			wt := weightOf(e, quoteWeight) / total
			if wt > 0 {
				gradient(e, w, wt, g)
			}
		}
		for f := range w {
			m[f] = b1*m[f] + (1-b1)*g[f]
			v[f] = b2*v[f] + (1-b2)*g[f]*g[f]
			mh := m[f] / (1 - math.Pow(b1, float64(it)))
			vh := v[f] / (1 - math.Pow(b2, float64(it)))
			w[f] -= step * mh / (math.Sqrt(vh) + 1e-8)
		}
	}
	return w
}

// weightOf is an example's weight in the loss: 0 when no candidate is right.
func weightOf(e example, quoteWeight float64) float64 {
	any := false
	for _, p := range e.pos {
		any = any || p
	}
	switch {
	case !any:
		return 0
	case e.quote:
		return quoteWeight
	}
	return 1
}

// gradient adds wt times the gradient of −log P(right candidates) to g.
func gradient(e example, w []float64, wt float64, g []float64) {
	s := scores(e, w)
	var all, right float64
	for i, v := range s {
		p := math.Exp(v)
		s[i] = p
		all += p
		if e.pos[i] {
			right += p
		}
	}
	for i, p := range s {
		c := p / all
		if e.pos[i] {
			c -= p / right
		}
		for f, x := range e.x[i] {
			g[f] += wt * c * x
		}
	}
}

// scores returns the candidates' scores, shifted so that the highest is 0.
func scores(e example, w []float64) []float64 {
	s := make([]float64, len(e.x))
	top := math.Inf(-1)
	for i, x := range e.x {
		for f, v := range x {
			s[i] += w[f] * v
		}
		top = math.Max(top, s[i])
	}
	for i := range s {
		s[i] -= top
	}
	return s
}

// choose returns the candidate w ranks first (the first on a tie, so none
// wins ties as in the extractor).
func choose(e example, w []float64) int {
	s := scores(e, w)
	best := 0
	for i, v := range s {
		if v > s[best] {
			best = i
		}
	}
	return best
}

// tally counts how often the choices are right, by kind of unit.
type tally struct {
	right                 map[int]bool // news units (by id) whose choice is right
	with, withRight       int          // news units with a claimant
	without, withoutRight int          // news units without one
	quotes, quotesRight   int          // quotation units (right: exact or fuller name)
	reachable             int          // news units with a claimant whose claimant is a candidate
}

// add counts the choice k of example e: right or not, by kind of unit, and
// for a news unit with a claimant whether any candidate is right.
func (t *tally) add(e example, k int) {
	right := e.pos[k]
	if !e.quote {
		if t.right == nil {
			t.right = map[int]bool{}
		}
		t.right[e.id] = right
	}
	switch {
	case e.quote:
		t.quotes++
		t.quotesRight += b2i(right)
	case e.gold == "":
		t.without++
		t.withoutRight += b2i(right)
	default:
		t.with++
		t.withRight += b2i(right)
		for _, p := range e.pos {
			if p {
				t.reachable++
				break
			}
		}
	}
}

// newsRight is the share of news units whose choice is right.
func (t tally) newsRight() float64 {
	return float64(t.withRight+t.withoutRight) / math.Max(1, float64(t.with+t.without))
}

// String returns the tally's counts and shares of right choices by kind of
// unit.
func (t tally) String() string {
	return fmt.Sprintf("news with a claimant %d/%d (%.1f %%, reachable %.1f %%), without %d/%d (%.1f %%), all news %.1f %%, quotations %d/%d (%.1f %%)",
		t.withRight, t.with, pct(t.withRight, t.with), pct(t.reachable, t.with), t.withoutRight, t.without, pct(t.withoutRight, t.without),
		100*t.newsRight(), t.quotesRight, t.quotes, pct(t.quotesRight, t.quotes))
}

// pct returns a as a percentage of b (of 1 when b is 0).
func pct(a, b int) float64 { return 100 * float64(a) / math.Max(1, float64(b)) }

// b2i returns 1 for true and 0 for false.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// trial is one setting's cross-validated result.
type trial struct {
	lambda, quoteWeight float64
	mode                int // learned, rulesFirst or rulesOnly
	cv                  tally
}

// The ways the chooser may use its weights.
const (
	learned    = iota // the fitted weights as they are
	rulesFirst        // the rules' own answer when they give one, else the fitted weights
	rulesOnly         // the rules' answer always (hand-set weights)
)

// modeNames names the modes learned, rulesFirst and rulesOnly.
var modeNames = [...]string{"learned", "rules first", "rules only"}

// String returns the trial's mode, its settings (but for rulesOnly) and its
// tally.
func (t trial) String() string {
	if t.mode == rulesOnly {
		return fmt.Sprintf("%s: %v", modeNames[t.mode], t.cv)
	}
	return fmt.Sprintf("%s, lambda %g, quote weight %g: %v", modeNames[t.mode], t.lambda, t.quoteWeight, t.cv)
}

// rulesWeight is the weight that puts a candidate of the rules above any
// other: the candidates' other scores stay far below it.
const rulesWeight = 20

// settle returns the weights the chooser uses in mode: w itself, w with
// the rules' own answer raised above all, or the rules alone (the rules'
// answer 2, none 1, all else 0).
func settle(w []float64, mode int) []float64 {
	out := make([]float64, len(featureNames))
	copy(out, w)
	switch mode {
	case rulesFirst:
		out[featureIndex("rules")] += rulesWeight
	case rulesOnly:
		clear(out)
		out[featureIndex("rules")], out[featureIndex("rules carried")], out[featureIndex("none")] = 2, 2, 1
	}
	return out
}

// cvResult is what cross-validation found: every setting tried and the
// best (most news units right).
type cvResult struct {
	tried []trial
	best  trial
}

// fold returns the cross-validation fold of an article. The hash is the
// one trainset.DevArticle takes modulo 5 to set the development articles
// apart, so its remainder modulo 5 is never 0 for a training article: the
// fold is taken from the quotient, or one fold of five would stay empty.
func fold(article string) int {
	h := fnv.New32a()
	h.Write([]byte(article))
	return int(h.Sum32() / 5 % folds)
}

// crossValidate tries every setting by 5-fold cross-validation grouped by
// article, scoring each held-out unit by the weights fitted on the others.
func crossValidate(exs []example, lambdas, quoteWeights []float64) cvResult {
	var res cvResult
	parts := make([][]example, folds)
	for _, e := range exs {
		k := fold(e.article)
		parts[k] = append(parts[k], e)
	}
	only := trial{mode: rulesOnly}
	decode(exs, settle(nil, rulesOnly), only.cv.add)
	res.tried, res.best = append(res.tried, only), only
	try := func(t trial) {
		res.tried = append(res.tried, t)
		if t.cv.newsRight() > res.best.cv.newsRight() && beats(t.cv, only.cv) {
			res.best = t
		}
	}
	for _, qw := range quoteWeights {
		for _, lambda := range lambdas {
			ts := [...]trial{{lambda: lambda, quoteWeight: qw, mode: learned}, {lambda: lambda, quoteWeight: qw, mode: rulesFirst}}
			for k := range parts {
				var train []example
				for j, p := range parts {
					if j != k {
						train = append(train, p...)
					}
				}
				w := fit(train, lambda, qw)
				for i := range ts {
					decode(parts[k], settle(w, ts[i].mode), ts[i].cv.add)
				}
			}
			try(ts[0])
			try(ts[1])
		}
	}
	return res
}

// beats reports whether the news units a setting gets right exceed those
// the rules alone get right by more than one standard error of the paired
// difference (the one-standard-error rule: the simpler rules stay unless
// the learned chooser is clearly better), while it names at least as many
// claimants right as the rules, of news units that have one (the measure
// issue 14 sets) and of quotations: a chooser that is right more often only
// by leaving more units empty does not replace the rules.
func beats(a, rules tally) bool {
	if a.withRight < rules.withRight || a.quotesRight < rules.quotesRight {
		return false
	}
	var n, sum, sq float64
	for id, r := range rules.right {
		d := f64(a.right[id]) - f64(r)
		n++
		sum += d
		sq += d * d
	}
	if n < 2 {
		return false
	}
	mean := sum / n
	se := math.Sqrt((sq/n - mean*mean) / (n - 1))
	return mean > se
}

// describe summarises a language's data and cross-validation in one line.
func describe(lang string, exs []example, res cvResult) string {
	var news, quotes int
	arts := map[string]bool{}
	for _, e := range exs {
		arts[e.article] = true
		if e.quote {
			quotes++
		} else {
			news++
		}
	}
	return fmt.Sprintf("%s: %d news units and %d quotation units of %d training articles; chosen by 5-fold CV by article: %v",
		lang, news, quotes, len(arts), res.best)
}
