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

// add counts the claimant got against the speaker mention want, under the
// measure's pronoun test and normalisation of both sides.
func (t *quoteTally) add(got, want string, pronoun func(string) bool, norm func(string) string) {
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
	case strings.EqualFold(got, want):
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
// of a quotation against its annotated speaker. Two measures: as before
// (the mention without a leading article or "Angaben der", the claimant as
// given, "who" a name), and by the guide (relative pronouns are pronouns,
// a courtesy title such as "Mr." is no part of the name, and the claimant
// loses a leading article as the mention does).
func evalQuotes(w io.Writer, corpora string) error {
	fmt.Fprintln(w, "\nClaimant on annotated quotations of development articles (the unit where the quotation starts):")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "CORPUS\tMEASURE\tNAMED SPEAKERS\tEXACT\tEXACT OR FULLER NAME\tEMPTY\tPRONOUN SPEAKERS\tGIVEN A NAME")
	asGiven := func(s string) string { return s }
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
			old.add(got, trainset.SpeakerName(q.Speaker), trainset.PronounSpeaker, asGiven)
			guide.add(got, trainset.SpeakerName(q.Speaker), trainset.PronounSpeakerAll, func(s string) string {
				return trainset.NormalSpeaker(trainset.SpeakerName(s))
			})
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
