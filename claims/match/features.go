package match

import (
	"math"
	"strings"
)

// Doc is a document to match against: an archived fact-check or a checked
// claim of the desk.
type Doc struct {
	Text     string
	Title    string
	Claimant string
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
}

// analysis is what the features need of one text, computed once.
type analysis struct {
	terms   map[string]float64 // term → tf-idf weight
	order   []string           // the distinct terms in order of occurrence, for sums in a fixed order
	norm    float64
	idfMass float64
	bigrams map[string]bool
	grams   map[string]bool
	names   map[string]bool
	numbers map[string]bool
	words   int
}

// analyze analyses a text. For a candidate's text, q is the query's
// analysis: names and numbers are only looked for when the query has some,
// since the features that use them are 0 otherwise. The query itself and
// titles pass nil; titles need only their terms (withGrams false).
func analyze(text string, r Retriever, q *analysis, withGrams bool) *analysis {
	a := &analysis{terms: map[string]float64{}, bigrams: map[string]bool{}, names: map[string]bool{},
		numbers: map[string]bool{}}
	ts := Terms(text)
	a.words = len(ts)
	idfs := map[string]float64{}
	for i, t := range ts {
		idf, ok := idfs[t]
		if !ok {
			idf = r.IDF(t)
			idfs[t] = idf
			a.order = append(a.order, t)
		}
		a.terms[t] += idf
		if i > 0 {
			a.bigrams[ts[i-1]+" "+t] = true
		}
	}
	for _, t := range a.order {
		w := a.terms[t]
		a.norm += w * w
		a.idfMass += idfs[t]
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
func cover(a *analysis, r Retriever, bs ...*analysis) float64 {
	if a.idfMass == 0 {
		return 0
	}
	got := 0.0
	for _, t := range a.order {
		for _, b := range bs {
			if _, ok := b.terms[t]; ok {
				got += r.IDF(t)
				break
			}
		}
	}
	return got / a.idfMass
}

func shared(a, b map[string]bool) int {
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return n
}

func share(part, whole int) float64 {
	if whole == 0 {
		return 0
	}
	return float64(part) / float64(whole)
}

// features computes the features of query q against candidate d.
func features(q *analysis, qClaimant string, d Doc, hit Hit, rank int, best float64, r Retriever, prior int) []float64 {
	dt := analyze(d.Text, r, q, true)
	dti := analyze(d.Title, r, q, false)
	f := make([]float64, len(FeatureNames))
	if best > 0 {
		f[0] = hit.Score / best
	}
	f[1] = math.Log1p(hit.Score)
	f[2] = 1 / float64(1+rank)
	f[3] = cosine(q, dt)
	f[4] = cosine(q, dti)
	f[5] = cover(q, r, dt, dti)
	f[6] = cover(dt, r, q)
	f[7] = share(shared(q.bigrams, dt.bigrams), len(q.bigrams))
	sg := shared(q.grams, dt.grams)
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
	f[14] = claimantFeature(q, qClaimant, d.Claimant)
	if q.words > 0 && dt.words > 0 {
		f[15] = math.Abs(math.Log(float64(q.words) / float64(dt.words)))
	}
	f[16] = math.Log1p(float64(prior))
	f[17] = rarestShared(q, r, dt, dti)
	return f
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
func rarestShared(q *analysis, r Retriever, bs ...*analysis) float64 {
	top, got := 0.0, 0.0
	for _, t := range q.order {
		idf := r.IDF(t)
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
