package match

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
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

func TestDateBand(t *testing.T) {
	q := time.Date(2019, 10, 22, 0, 0, 0, 0, time.UTC)
	day := 24 * time.Hour
	for _, tc := range []struct {
		d    time.Time
		want int
	}{
		{q, 0}, {q.Add(-day), 0}, {q.Add(day), 0}, {q.Add(-3 * day), 1}, {q.Add(-20 * day), 2},
		{q.Add(-200 * day), 3}, {q.Add(-800 * day), 4}, {q.Add(5 * day), 5}, {time.Time{}, -1},
	} {
		if got := dateBand(q, tc.d); got != tc.want {
			t.Errorf("dateBand(%s) = %d, want %d", tc.d.Format("2006-01-02"), got, tc.want)
		}
	}
	if dateBand(time.Time{}, q) != -1 {
		t.Error("a query without a date got a date band")
	}
	if FeatureNames[18] != "date_same" || FeatureNames[18+len(dateBands)-1] != "date_after" {
		t.Error("the date bands do not line up with the feature names")
	}
}

func TestReadQueriesDates(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "q.tsv")
	os.WriteFile(p, []byte("qid\ttext\n20170822_Trump_phoenix_0204\tWages will go up.\ntweet-1\tNo date here.\n"), 0o644)
	qs, err := ReadQueries(p)
	if err != nil {
		t.Fatal(err)
	}
	if got := qs.Queries[0].Date.Format("2006-01-02"); got != "2017-08-22" {
		t.Errorf("date from the qid = %s", got)
	}
	if !qs.Queries[1].Date.IsZero() || qs.Queries[1].Text != "No date here." {
		t.Errorf("second query = %+v", qs.Queries[1])
	}
	os.WriteFile(p, []byte("qid\ttext\tdate\n20170822_x\tA claim.\t2019-10-22\n"), 0o644)
	if qs, err = ReadQueries(p); err != nil || qs.Queries[0].Date.Format("2006-01-02") != "2019-10-22" {
		t.Errorf("a date column should win over the qid: %+v, %v", qs, err)
	}
}

func TestParseDateInSentence(t *testing.T) {
	if got := ParseDate("stated on October 22, 2019 in a campaign mailer.:"); got.Format("2006-01-02") != "2019-10-22" {
		t.Errorf("ParseDate = %s", got)
	}
	if !ParseDate("no date at all").IsZero() {
		t.Error("a date was found in a text without one")
	}
}

func TestNumberRunsAndSentenceStarts(t *testing.T) {
	if got := numberRuns("a 1,200.5 b 3. c 12,x 7"); !reflect.DeepEqual(got, []string{"1,200.5", "3", "12", "7"}) {
		t.Errorf("numberRuns = %q", got)
	}
	for prefix, want := range map[string]bool{"": true, "Done. ": true, "He said: ": true, "“ ": true,
		"the ": false, "Done.": false, "   ": false, "end!\n": true} {
		if got := startsSentence(prefix); got != want {
			t.Errorf("startsSentence(%q) = %v, want %v", prefix, got, want)
		}
	}
}

func TestGrams(t *testing.T) {
	a, b := grams("Cotton harvest", 4), grams("the cotton HARVEST!", 4)
	if n := sharedSorted(a, b); n != len(a) {
		t.Errorf("%d of %d 4-grams shared; the words are the same", n, len(a))
	}
	if len(a) != len(" cotton harvest ")-3 {
		t.Errorf("%d 4-grams of \"cotton harvest\", want %d", len(a), len(" cotton harvest ")-3)
	}
	if sharedSorted(grams("𝔘𝔫𝔦𝔠𝔬𝔡𝔢 text", 4), grams("other words", 4)) != 0 {
		t.Error("unrelated texts share 4-grams")
	}
}
