package match

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"time"
)

// Collection is a benchmark collection: documents with their IDs.
type Collection struct {
	IDs  []string
	Docs []Doc
}

// ReadCollection reads a claims.tsv of the matching benchmark: tab
// separated, a header naming cid (or id), text, title and optionally
// speaker or claimant columns, no quoting.
func ReadCollection(path string) (*Collection, error) {
	rows, head, err := readTSV(path)
	if err != nil {
		return nil, err
	}
	col := func(names ...string) int {
		for _, n := range names {
			if i, ok := head[n]; ok {
				return i
			}
		}
		return -1
	}
	id, text, title, who := col("cid", "id"), col("text", "claim"), col("title"), col("speaker", "claimant")
	date := col("date", "claim_date")
	sub := col("subtitle")
	if id < 0 || text < 0 {
		return nil, fmt.Errorf("%s: the header needs cid and text columns", path)
	}
	c := &Collection{}
	for _, r := range rows {
		c.IDs = append(c.IDs, r[id])
		t := strings.TrimSpace(field(r, title) + " " + field(r, sub))
		c.Docs = append(c.Docs, Doc{Text: r[text], Title: t, Claimant: field(r, who), Date: ParseDate(field(r, date))})
	}
	return c, nil
}

// field returns r[i], or "" when i is outside r.
func field(r []string, i int) string {
	if i < 0 || i >= len(r) {
		return ""
	}
	return r[i]
}

// Queries are the queries of a benchmark split.
type Queries struct {
	IDs     []string
	Queries []Query
}

// ReadQueries reads qid, text rows. A query's date is read from a date
// column if there is one, else from a qid that starts with the date as
// YYYYMMDD_ (as the CheckThat! debate sentences are named after their
// transcript: "20170822_Trump_phoenix_0204"): the date a claim was made is
// what an article's publication date gives the product.
func ReadQueries(path string) (*Queries, error) {
	rows, head, err := readTSV(path)
	if err != nil {
		return nil, err
	}
	date, ok := head["date"]
	if !ok {
		date = -1
	}
	qs := &Queries{}
	for _, r := range rows {
		if len(r) < 2 {
			return nil, fmt.Errorf("%s: a row without text: %q", path, strings.Join(r, "\t"))
		}
		q := Query{Text: r[1], Date: ParseDate(field(r, date))}
		if date < 0 {
			q.Date = qidDate(r[0])
		}
		qs.IDs, qs.Queries = append(qs.IDs, r[0]), append(qs.Queries, q)
	}
	return qs, nil
}

// qidDate reads the date of a qid named YYYYMMDD_…; zero if it is not.
func qidDate(qid string) time.Time {
	if len(qid) < 9 || qid[8] != '_' {
		return time.Time{}
	}
	t, err := time.Parse("20060102", qid[:8])
	if err != nil {
		return time.Time{}
	}
	return t
}

// ReadQrels reads qid, cid rows: the relevant pairs.
func ReadQrels(path string) (map[string]map[string]bool, error) {
	rows, _, err := readTSV(path)
	if err != nil {
		return nil, err
	}
	out := map[string]map[string]bool{}
	for _, r := range rows {
		if len(r) < 2 {
			return nil, fmt.Errorf("%s: a row with fewer than two columns", path)
		}
		if out[r[0]] == nil {
			out[r[0]] = map[string]bool{}
		}
		out[r[0]][r[1]] = true
	}
	return out, nil
}

// readTSV reads a tab-separated file with a header line.
func readTSV(path string) ([][]string, map[string]int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	var rows [][]string
	head := map[string]int{}
	first := true
	for sc.Scan() {
		line := strings.TrimSuffix(sc.Text(), "\r")
		if first {
			for i, h := range strings.Split(line, "\t") {
				head[strings.ToLower(strings.TrimSpace(h))] = i
			}
			first = false
			continue
		}
		if line != "" {
			rows = append(rows, strings.Split(line, "\t"))
		}
	}
	return rows, head, sc.Err()
}

// Metrics are the ranking figures of a run.
type Metrics struct {
	MAP5     float64
	MRR      float64
	Recall20 float64
	Queries  int
}

// Evaluate ranks each query against the collection and measures the
// ranking against qrels (queries without relevant pairs are skipped).
// MAP@5 follows CheckThat!: precision at each relevant hit in the top 5,
// divided by the number of relevant documents (at most 5).
func Evaluate(m *Matcher, col *Collection, qs *Queries, qrels map[string]map[string]bool) Metrics {
	var met Metrics
	for i, qid := range qs.IDs {
		rel := qrels[qid]
		if len(rel) == 0 {
			continue
		}
		res := m.Rank(qs.Queries[i], 20, nil)
		ranked := make([]string, len(res))
		for j, r := range res {
			ranked[j] = col.IDs[r.Doc]
		}
		ap, rr, rec := scoreRanking(ranked, rel)
		met.MAP5 += ap
		met.MRR += rr
		met.Recall20 += rec
		met.Queries++
	}
	if met.Queries > 0 {
		n := float64(met.Queries)
		met.MAP5, met.MRR, met.Recall20 = met.MAP5/n, met.MRR/n, met.Recall20/n
	}
	return met
}

// scoreRanking returns AP@5, reciprocal rank and recall of ranked.
func scoreRanking(ranked []string, rel map[string]bool) (ap, rr, recall float64) {
	hits := 0
	for j, id := range ranked {
		if !rel[id] {
			continue
		}
		hits++
		if rr == 0 {
			rr = 1 / float64(j+1)
		}
		if j < 5 {
			ap += float64(hits) / float64(j+1)
		}
	}
	ap /= float64(min(len(rel), 5))
	return ap, rr, float64(hits) / float64(len(rel))
}
