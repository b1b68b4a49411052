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

// pronounSpeakers are speaker mentions whose name only coreference gives.
var pronounSpeakers = map[string]bool{
	"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "you": true,
	"er": true, "sie": true, "es": true, "wir": true, "ich": true, "man": true, "du": true,
}

// speakerName strips an annotated speaker mention to the name a claimant
// gives: no leading article or "Angaben der".
func speakerName(s string) string {
	f := strings.Fields(s)
	for len(f) > 1 {
		switch strings.ToLower(f[0]) {
		case "the", "a", "an", "der", "die", "das", "den", "dem", "des", "angaben", "laut", "according", "to":
			f = f[1:]
			continue
		}
		break
	}
	return strings.Join(f, " ")
}

// evalQuotes measures the claimant on the annotated quotations of the
// development articles of the quote corpora: the unit holding the start
// of a quotation against its annotated speaker.
func evalQuotes(w io.Writer, corpora string) error {
	fmt.Fprintln(w, "\nClaimant on annotated quotations of development articles (the unit where the quotation starts):")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "CORPUS\tNAMED SPEAKERS\tEXACT\tEXACT OR FULLER NAME\tEMPTY\tPRONOUN SPEAKERS\tGIVEN A NAME")
	for _, corpus := range trainset.QuoteCorpora {
		qs, err := trainset.ReadQuotes(corpora, corpus)
		if err != nil {
			return err
		}
		byFile := map[string][]extract.Unit{}
		var named, exact, fuller, empty, pron, pronGiven int
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
			want := speakerName(q.Speaker)
			if pronounSpeakers[strings.ToLower(want)] {
				pron++
				if got != "" {
					pronGiven++
				}
				continue
			}
			named++
			switch {
			case strings.EqualFold(got, want):
				exact++
				fuller++
			case got != "" && strings.HasSuffix(strings.ToLower(got), " "+strings.ToLower(want)):
				fuller++
			case got == "":
				empty++
			}
		}
		fmt.Fprintf(tw, "%s\t%d\t%d (%s)\t%d (%s)\t%d\t%d\t%d\n", corpus, named, exact, pct(exact, named), fuller, pct(fuller, named), empty, pron, pronGiven)
	}
	return tw.Flush()
}
