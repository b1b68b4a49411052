package match

import (
	"reflect"
	"strings"
	"testing"
)

func TestNumbersNamesClean(t *testing.T) {
	if got := Numbers("Rents rose 41 % since 2019, to 1,200 euros or 3.5 times."); !reflect.DeepEqual(got,
		[]string{"41", "2019", "1200", "3.5"}) {
		t.Errorf("Numbers = %q", got)
	}
	got := Names("The visit of Mike Pompeo to Tashkent was short. Critics said so.")
	if !reflect.DeepEqual(got, []string{"mike", "pompeo", "tashkent"}) {
		t.Errorf("Names = %q, want the names without the sentence starts", got)
	}
	tweet := "Taxes went up again https://t.co/abc — Jane Roe (@jroe) May 5, 2020"
	if got := Clean(tweet); got != "Taxes went up again" {
		t.Errorf("Clean = %q", got)
	}
}

func TestIndexRanksByBM25(t *testing.T) {
	ix := NewIndex([]string{"the cat sat on the mat", "dogs bark at night", "a cat and a dog"})
	hits := ix.Candidates("cat mat", 2)
	if len(hits) != 2 || hits[0].Doc != 0 || hits[1].Doc != 2 {
		t.Fatalf("hits = %+v, want docs 0 then 2", hits)
	}
	if ix.Candidates("nothing here", 5) != nil {
		t.Fatal("hits for unknown words")
	}
}

func TestMatcherRanksAndExplains(t *testing.T) {
	docs := []Doc{
		{Text: "Unemployment rose in Ohio last year.", Claimant: "John Doe"},
		{Text: "Mike Pompeo visited Tashkent in 2020 and praised the end of forced labour in the cotton harvest."},
		{Text: "Cotton prices fell by 41 percent in 2019."},
	}
	m := NewMatcher(docs, Default())
	res := m.Rank(Query{Text: "In 2020 Pompeo travelled to Tashkent and spoke about forced labour."}, 3, nil)
	if len(res) == 0 || res[0].Doc != 1 {
		t.Fatalf("results = %+v, want the Pompeo record first", res)
	}
	var why []string
	for _, r := range res[0].Reasons {
		why = append(why, r.String())
	}
	s := strings.Join(why, "; ")
	if !strings.Contains(s, "same numbers: 2020") || !strings.Contains(s, "same names: Pompeo, Tashkent") {
		t.Fatalf("reasons = %q", s)
	}
	if res[0].Level == "" {
		t.Fatal("no level")
	}
	skipped := m.Rank(Query{Text: "Pompeo Tashkent"}, 3, func(d int) bool { return d == 1 })
	for _, r := range skipped {
		if r.Doc == 1 {
			t.Fatal("a skipped document was returned")
		}
	}
}

func TestEmbeddedModel(t *testing.T) {
	m := Default()
	if m.Possibly <= 0 || m.VeryLikely < m.Possibly || m.VeryLikely > 1 || m.Candidates <= 0 {
		t.Fatalf("model levels = %g, %g; candidates %d", m.Possibly, m.VeryLikely, m.Candidates)
	}
	if _, err := ParseModel([]byte(`{"features":["x"]}`)); err == nil {
		t.Fatal("a model with other features was accepted")
	}
}

func TestScoreRanking(t *testing.T) {
	ap, rr, rec := scoreRanking([]string{"a", "b", "c"}, map[string]bool{"b": true, "z": true})
	if ap != 0.25 || rr != 0.5 || rec != 0.5 {
		t.Fatalf("ap %g rr %g recall %g", ap, rr, rec)
	}
}
