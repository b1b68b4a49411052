package main

import (
	"os"
	"path/filepath"
	"sort"
	"strings"

	"claimdesk/claims/extract"
	"claimdesk/claims/extract/trainset"
)

// featureNames names the chooser's features, in the extractor's order.
var featureNames = extract.ClaimantFeatureNames()

// example is one training unit: its candidates, which of them are right,
// and what the unit is.
type example struct {
	lang    string
	article string // CORPUS/FILE
	quote   bool   // an annotated quotation, not a news label
	gold    string // the labelled claimant or annotated speaker
	names   []string
	x       [][]float64
	pos     []bool // candidate i is right
	rules   int    // the candidate the rules gave (0: none)
	id      int    // position among all examples
	text    string // the unit's text (news labels only; for -diagnose)
}

// examples reads the training units: news labels of training articles,
// then the annotated quotations of the quote corpora's training articles
// that have no news labels.
func examples(labelsDir, corpora string) ([]example, error) {
	rows, err := trainset.ReadNews(labelsDir, corpora)
	if err != nil {
		return nil, err
	}
	labelled := map[string]bool{}
	byArticle := map[string][]trainset.Row{}
	var order []string
	for _, r := range rows {
		labelled[r.Article] = true
		corpus, file, _ := strings.Cut(r.Article, "/")
		if trainset.DevArticle(corpus, file) {
			continue
		}
		if _, ok := byArticle[r.Article]; !ok {
			order = append(order, r.Article)
		}
		byArticle[r.Article] = append(byArticle[r.Article], r)
	}
	var out []example
	for _, art := range order {
		rs := byArticle[art]
		units, err := candidates(corpora, art, rs[0].Lang)
		if err != nil {
			return nil, err
		}
		byStart := map[int]extract.ClaimantUnit{}
		for _, u := range units {
			byStart[u.Start] = u
		}
		for _, r := range rs {
			if u, ok := byStart[r.Start]; ok && u.End == r.End {
				out = append(out, newsExample(r, u))
			}
		}
	}
	for _, corpus := range trainset.QuoteCorpora {
		qs, err := trainset.ReadQuotes(corpora, corpus)
		if err != nil {
			return nil, err
		}
		got, err := quoteExamples(corpora, qs, labelled)
		if err != nil {
			return nil, err
		}
		out = append(out, got...)
	}
	for i := range out {
		out[i].id = i
	}
	return out, nil
}

// candidates reads the article (CORPUS/FILE under corpora) and returns its
// units with their claimant candidates.
func candidates(corpora, article, lang string) ([]extract.ClaimantUnit, error) {
	b, err := os.ReadFile(filepath.Join(corpora, article))
	if err != nil {
		return nil, err
	}
	return extract.ClaimantCandidates(string(b), extract.Options{Lang: lang}), nil
}

// newsExample makes the example of the news label r from its unit u: a
// candidate is right when it is the labelled claimant, or, with none
// labelled, when it is the first (none).
func newsExample(r trainset.Row, u extract.ClaimantUnit) example {
	ex := example{lang: r.Lang, article: r.Article, gold: r.Claimant, names: u.Names, x: u.X, pos: make([]bool, len(u.Names)), rules: rulesChoice(u), text: r.Text}
	for i, n := range u.Names {
		ex.pos[i] = trainset.SameClaimant(r.Claimant, n) || r.Claimant == "" && i == 0
	}
	return ex
}

// quoteExamples makes an example of each quotation with a named speaker in
// a training article without news labels: the unit where it starts.
func quoteExamples(corpora string, qs []trainset.Quote, labelled map[string]bool) ([]example, error) {
	var out []example
	var units []extract.ClaimantUnit
	last := ""
	for _, q := range qs {
		art := q.Corpus + "/" + q.File
		if labelled[art] || trainset.DevArticle(q.Corpus, q.File) || trainset.PronounSpeakerAll(trainset.SpeakerName(q.Speaker)) {
			continue
		}
		if art != last {
			var err error
			if units, err = candidates(corpora, art, q.Lang); err != nil {
				return nil, err
			}
			last = art
		}
		k := sort.Search(len(units), func(i int) bool { return units[i].End > q.Start })
		if k == len(units) {
			continue
		}
		u := units[k]
		want := trainset.NormalSpeaker(q.Speaker)
		ex := example{lang: q.Lang, article: art, quote: true, gold: want, names: u.Names, x: u.X, pos: make([]bool, len(u.Names)), rules: rulesChoice(u)}
		for i, n := range u.Names {
			ex.pos[i] = trainset.FullerName(n, want)
		}
		out = append(out, ex)
	}
	return out, nil
}

// rulesChoice returns the candidate the rules gave (0: none).
func rulesChoice(u extract.ClaimantUnit) int {
	for i, x := range u.X {
		if x[featureIndex("rules")] > 0 || x[featureIndex("rules carried")] > 0 {
			return i
		}
	}
	return 0
}

// featureIndex returns the index of a named feature; it panics for an
// unknown name.
func featureIndex(name string) int {
	for i, n := range featureNames {
		if n == name {
			return i
		}
	}
	panic("fitclaimant: no feature " + name)
}

// byLang returns the examples of language lang.
func byLang(exs []example, lang string) []example {
	var out []example
	for _, e := range exs {
		if e.lang == lang {
			out = append(out, e)
		}
	}
	return out
}
