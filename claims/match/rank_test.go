package match

import (
	"reflect"
	"testing"
)

func TestPrefilter(t *testing.T) {
	st := &Stage{Features: []string{"date_same"}, Mean: []float64{0}, Std: []float64{1}, Weights: []float64{1}, Keep: 2}
	if err := st.Resolve(); err != nil {
		t.Fatal(err)
	}
	fs := make([][]float64, 4)
	for i := range fs {
		fs[i] = make([]float64, len(FeatureNames))
	}
	same := 18 // date_same
	fs[1][same], fs[3][same] = 1, 1
	if got := Prefilter(st, fs, 0); !reflect.DeepEqual(got, []int{1, 3}) {
		t.Errorf("Prefilter kept %v, want the two dated the same day, [1 3]", got)
	}
	if got := Prefilter(st, fs, 3); !reflect.DeepEqual(got, []int{0, 1, 3}) {
		t.Errorf("Prefilter for top 3 kept %v, want [0 1 3] (ties in BM25 order)", got)
	}
	if got := Prefilter(nil, fs, 0); len(got) != 4 {
		t.Errorf("no prefilter kept %v, want all", got)
	}
	bad := &Stage{Features: []string{"cos_text"}, Mean: []float64{0}, Std: []float64{1}, Weights: []float64{1}, Keep: 2}
	if bad.Resolve() == nil {
		t.Error("a prefilter over a text feature was accepted")
	}
	if (&Stage{Features: []string{"date_same"}, Keep: 2}).Resolve() == nil {
		t.Error("a prefilter without weights was accepted")
	}
}

// TestRankWithPrefilterMatchesFullFeatures: the features of the candidates
// a prefilter keeps are those CandidateFeatures computes for fitting, so
// the model scores them alike in both.
func TestRankWithPrefilterMatchesFullFeatures(t *testing.T) {
	docs := synthDocs(2000, 3)
	model := *Default()
	model.Prefilter = &Stage{Features: []string{"bm25_rel"}, Mean: []float64{0}, Std: []float64{1},
		Weights: []float64{1}, Keep: 10}
	if err := model.Prefilter.Resolve(); err != nil {
		t.Fatal(err)
	}
	m := NewMatcher(docs, &model)
	for _, q := range synthDocs(10, 4) {
		res := m.Rank(Query{Text: q.Text}, 5, nil)
		hits, fs := m.CandidateFeatures(Query{Text: q.Text}, model.Candidates)
		prob := map[int]float64{}
		for i, h := range hits {
			prob[h.Doc] = model.Prob(fs[i])
		}
		for _, r := range res {
			if p, ok := prob[r.Doc]; !ok || p != r.Prob {
				t.Fatalf("doc %d: Rank gave %g, the fitting features %g (found %v)", r.Doc, r.Prob, p, ok)
			}
		}
	}
}
