package match

import (
	"math"
	"strings"
	"time"
)

// Doc is a document to match against: an archived fact-check or a checked
// claim of the desk.
type Doc struct {
	Text     string
	Title    string
	Claimant string
	Date     time.Time // when the claim was made; zero if unknown
}

// FeatureNames names the features of a (query, candidate) pair in order.
var FeatureNames = []string{
	"bm25_rel",       // BM25 score / best score of the candidates
	"bm25_log",       // log(1 + BM25 score)
	"bm25_rank",      // 1 / (1 + rank among the candidates)
	"cos_text",       // tf-idf cosine, query vs text
	"cos_title",      // tf-idf cosine, query vs title
	"cover_query",    // share of the query's idf mass found in text + title
	"cover_doc",      // share of the text's idf mass found in the query
	"bigrams",        // share of the query's word pairs found in the text
	"char4_jaccard",  // Jaccard of character 4-grams, query vs text
	"char4_cover",    // share of the text's 4-grams found in the query
	"names_shared",   // log(1 + shared names)
	"names_cover",    // share of the text's names found in the query
	"numbers_shared", // log(1 + shared numbers)
	"numbers_other",  // log(1 + numbers of the text missing from the query), when both have numbers
	"claimant",       // the claimant's name occurs in the query, or claimants agree
	"length",         // |log(query words / text words)|
	"claimant_prior", // log(1 + checks of the candidate's claimant in the collection)
	"rarest_shared",  // highest idf of a shared term / highest idf of a query term
	"date_same",      // the candidate's claim was made within a day of the query's
	"date_week",      // 2–7 days before the query's
	"date_month",     // 8–30 days before
	"date_year",      // 31–365 days before
	"date_older",     // more than a year before
	"date_after",     // more than a day after the query's
	"bm25_self",      // BM25 score / the score of a document of average length holding the query's words
}

// analysis is what the features need of one text, computed once.
type analysis struct {
	terms   map[string]float64 // term → tf-idf weight
	idf     map[string]float64 // term → idf
	order   []string           // the distinct terms in order of occurrence, for sums in a fixed order
	norm    float64
	idfMass float64
	bigrams map[[2]string]bool
	grams   []uint64 // character 4-grams, hashed, sorted, distinct
	names   map[string]bool
	numbers map[string]bool
	words   int
}

// analyze analyses a text. For a candidate's text, q is the query's
// analysis: names and numbers are only looked for when the query has some,
// since the features that use them are 0 otherwise. The query itself and
// titles pass nil; titles need only their terms (withGrams false).
func analyze(text string, r Retriever, q *analysis, withGrams bool) *analysis {
	ts := Terms(text)
	a := &analysis{terms: make(map[string]float64, len(ts)), idf: make(map[string]float64, len(ts)),
		bigrams: make(map[[2]string]bool, len(ts)), names: map[string]bool{}, numbers: map[string]bool{}}
	a.words = len(ts)
	for i, t := range ts {
		idf, ok := a.idf[t]
		if !ok {
			if q != nil {
				idf, ok = q.idf[t] // the query's terms are looked up once per query
			}
			if !ok {
				idf = r.IDF(t)
			}
			a.idf[t] = idf
			a.order = append(a.order, t)
		}
		a.terms[t] += idf
		if i > 0 {
			a.bigrams[[2]string{ts[i-1], t}] = true
		}
	}
	for _, t := range a.order {
		w := a.terms[t]
		a.norm += w * w
		a.idfMass += a.idf[t]
	}
	a.norm = math.Sqrt(a.norm)
	if !withGrams {
		return a
	}
	a.grams = grams(text, 4)
	if q == nil || len(q.names) > 0 {
		for _, n := range Names(text) {
			a.names[stem(n)] = true
		}
	}
	if q == nil || len(q.numbers) > 0 {
		for _, n := range Numbers(text) {
			a.numbers[n] = true
		}
	}
	return a
}

// cosine is the tf-idf cosine of two analyses.
func cosine(a, b *analysis) float64 {
	if a.norm == 0 || b.norm == 0 {
		return 0
	}
	dot := 0.0
	for _, t := range a.order {
		dot += a.terms[t] * b.terms[t]
	}
	return dot / (a.norm * b.norm)
}

// cover is the share of a's idf mass whose terms occur in b (or in c).
func cover(a *analysis, bs ...*analysis) float64 {
	if a.idfMass == 0 {
		return 0
	}
	got := 0.0
	for _, t := range a.order {
		for _, b := range bs {
			if _, ok := b.terms[t]; ok {
				got += a.idf[t]
				break
			}
		}
	}
	return got / a.idfMass
}

// sharedSorted counts the values two sorted, distinct lists share.
func sharedSorted(a, b []uint64) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n, i, j = n+1, i+1, j+1
		}
	}
	return n
}

// shared returns the number of keys set in a that are set in b too.
func shared[K comparable](a, b map[K]bool) int {
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return n
}

// share returns part divided by whole, 0 when whole is 0.
func share(part, whole int) float64 {
	if whole == 0 {
		return 0
	}
	return float64(part) / float64(whole)
}

// cheapFeatures returns the features of candidate d that need no analysis
// of its text (BM25, claimant, date), the others left 0: what the
// prefilter (Model.Prefilter) ranks all candidates by.
func cheapFeatures(q *analysis, qClaimant string, qDate time.Time, d Doc, hit Hit, rank int, best, self float64, prior int) []float64 {
	f := make([]float64, len(FeatureNames))
	if best > 0 {
		f[0] = hit.Score / best
	}
	f[1] = math.Log1p(hit.Score)
	f[2] = 1 / float64(1+rank)
	f[14] = claimantFeature(q, qClaimant, d.Claimant)
	f[16] = math.Log1p(float64(prior))
	if i := dateBand(qDate, d.Date); i >= 0 {
		f[18+i] = 1
	}
	if self > 0 {
		f[24] = hit.Score / self
	}
	return f
}

// selfScore is the BM25 score the query's terms would get in a document of
// average length that holds each as often as the query: what a candidate's
// score is measured against in bm25_self. Unlike the best candidate's
// score it does not depend on what else the archive holds, so a candidate
// sharing one common word stays low in an archive of three records.
func selfScore(q *analysis, k1 float64) float64 {
	s := 0.0
	for _, t := range q.order {
		idf := q.idf[t]
		if idf <= 0 {
			continue
		}
		tf := q.terms[t] / idf
		s += idf * tf * (k1 + 1) / (tf + k1)
	}
	return s
}

// textFeatures fills in the features of f that compare the texts of query q
// and candidate d.
func textFeatures(f []float64, q *analysis, d Doc, r Retriever) {
	dt := analyze(d.Text, r, q, true)
	dti := analyze(d.Title, r, q, false)
	f[3] = cosine(q, dt)
	f[4] = cosine(q, dti)
	f[5] = cover(q, dt, dti)
	f[6] = cover(dt, q)
	f[7] = share(shared(q.bigrams, dt.bigrams), len(q.bigrams))
	sg := sharedSorted(q.grams, dt.grams)
	f[8] = share(sg, len(q.grams)+len(dt.grams)-sg)
	f[9] = share(sg, len(dt.grams))
	sn := shared(q.names, dt.names)
	f[10] = math.Log1p(float64(sn))
	f[11] = share(sn, len(dt.names))
	sx := shared(q.numbers, dt.numbers)
	f[12] = math.Log1p(float64(sx))
	if len(q.numbers) > 0 && len(dt.numbers) > 0 {
		f[13] = math.Log1p(float64(len(dt.numbers) - sx))
	}
	if q.words > 0 && dt.words > 0 {
		f[15] = math.Abs(math.Log(float64(q.words) / float64(dt.words)))
	}
	f[17] = rarestShared(q, dt, dti)
}

// dateBands are the ranges, in days of the candidate's date minus the
// query's, of the features date_same … date_after, in their order; the
// first range that holds a difference wins.
var dateBands = []struct{ lo, hi float64 }{
	{-1, 1}, {-7, -1}, {-30, -7}, {-365, -30}, {math.Inf(-1), -365}, {1, math.Inf(1)},
}

// dateBand returns the index of the date feature of a candidate dated d
// for a query dated q (the band of d − q in days), or -1 when either date
// is unknown. A claim made just before the query's (the same claim, checked
// earlier) is the likeliest match; one made after it cannot be its check.
func dateBand(q, d time.Time) int {
	if q.IsZero() || d.IsZero() {
		return -1
	}
	days := d.Sub(q).Hours() / 24
	for i, b := range dateBands {
		if days >= b.lo && days <= b.hi {
			return i
		}
	}
	return -1
}

// claimantFeature is 1 when the claimants agree or the candidate's claimant
// is named in the query, else 0.
func claimantFeature(q *analysis, qClaimant, dClaimant string) float64 {
	dc := strings.ToLower(strings.TrimSpace(dClaimant))
	if dc == "" {
		return 0
	}
	if strings.EqualFold(strings.TrimSpace(qClaimant), dc) {
		return 1
	}
	for _, w := range strings.Fields(dc) {
		if len(w) > 3 && q.names[stem(w)] {
			return 1
		}
	}
	return 0
}

// rarestShared is the highest idf among the query terms found in the
// candidate, relative to the highest idf among all query terms.
func rarestShared(q *analysis, bs ...*analysis) float64 {
	top, got := 0.0, 0.0
	for _, t := range q.order {
		idf := q.idf[t]
		top = math.Max(top, idf)
		for _, b := range bs {
			if _, ok := b.terms[t]; ok {
				got = math.Max(got, idf)
				break
			}
		}
	}
	if top == 0 {
		return 0
	}
	return got / top
}
