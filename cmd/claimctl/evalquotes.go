package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"

	"claimdesk/claims/extract"
	"claimdesk/claims/extract/trainset"
)

// quoteTally counts one measure of the claimant on annotated quotations.
type quoteTally struct{ named, exact, fuller, empty, pron, pronGiven int }

// quoteMeasure is how a measure reads a speaker mention and compares a
// claimant with it.
type quoteMeasure struct {
	pronoun func(mention string) bool // the mention is a pronoun: counted apart
	norm    func(string) string       // applied to both sides
	same    func(got, want string) bool
}

// asBefore is the measure of 2026-12-02 morning: the mention without a
// leading article or "Angaben der", the claimant as given, "who" a name.
var asBefore = quoteMeasure{trainset.PronounSpeaker, func(s string) string { return s }, strings.EqualFold}

// byGuide reads names as CHECKWORTHY-GUIDE.md asks a claimant to give
// them: relative pronouns are pronouns, a courtesy title ("Mr.") is no part
// of the name, a leading article goes on both sides, and a full name
// counts for a mention that puts a title or office before it
// (trainset.TitledName).
var byGuide = quoteMeasure{
	trainset.PronounSpeakerAll,
	func(s string) string { return trainset.NormalSpeaker(trainset.SpeakerName(s)) },
	func(got, want string) bool { return strings.EqualFold(got, want) || trainset.TitledName(want, got) },
}

// add counts the claimant got against the speaker mention want.
func (t *quoteTally) add(got, want string, m quoteMeasure) {
	pronoun, norm := m.pronoun, m.norm
	if pronoun(want) {
		t.pron++
		if got != "" {
			t.pronGiven++
		}
		return
	}
	t.named++
	want, got = norm(want), norm(got)
	switch {
	case m.same(got, want):
		t.exact++
		t.fuller++
	case trainset.FullerName(got, want):
		t.fuller++
	case got == "":
		t.empty++
	}
}

// evalQuotes measures the claimant on the annotated quotations of the
// development articles of the quote corpora: the unit holding the start
// of a quotation against its annotated speaker, by two measures (asBefore,
// byGuide).
func evalQuotes(w io.Writer, corpora string) error {
	fmt.Fprintln(w, "\nClaimant on annotated quotations of development articles (the unit where the quotation starts):")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "CORPUS\tMEASURE\tNAMED SPEAKERS\tEXACT\tEXACT OR FULLER NAME\tEMPTY\tPRONOUN SPEAKERS\tGIVEN A NAME")
	for _, corpus := range trainset.QuoteCorpora {
		qs, err := trainset.ReadQuotes(corpora, corpus)
		if err != nil {
			return err
		}
		byFile := map[string][]extract.Unit{}
		var old, guide quoteTally
		for _, q := range qs {
			if !trainset.DevArticle(q.Corpus, q.File) {
				continue
			}
			units, ok := byFile[q.File]
			if !ok {
				b, err := os.ReadFile(filepath.Join(corpora, q.Corpus, q.File))
				if err != nil {
					return err
				}
				units = extract.Extract(string(b), extract.Options{Lang: q.Lang})
				byFile[q.File] = units
			}
			k := sort.Search(len(units), func(i int) bool { return units[i].End > q.Start })
			got := ""
			if k < len(units) {
				got = units[k].Claimant
			}
			old.add(got, trainset.SpeakerName(q.Speaker), asBefore)
			guide.add(got, trainset.SpeakerName(q.Speaker), byGuide)
		}
		for _, m := range []struct {
			name string
			t    quoteTally
		}{{"as before", old}, {"by the guide", guide}} {
			t := m.t
			fmt.Fprintf(tw, "%s\t%s\t%d\t%d (%s)\t%d (%s)\t%d\t%d\t%d\n", corpus, m.name, t.named, t.exact, pct(t.exact, t.named),
				t.fuller, pct(t.fuller, t.named), t.empty, t.pron, t.pronGiven)
		}
	}
	return tw.Flush()
}
