package main

import (
	"fmt"
	"os"
	"strings"
)

// label is one labeller's decision on one sentence.
type label struct{ value, claimant string }

// readLabels reads label files into a map keyed by corpus, file and offsets.
func readLabels(paths []string) (map[string]label, []string, error) {
	m := map[string]label{}
	var order []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, nil, err
		}
		for _, line := range strings.Split(strings.TrimRight(string(b), "\n"), "\n") {
			c := strings.Split(line, "\t")
			if len(c) != 7 || c[0] == "corpus" {
				continue
			}
			k := strings.Join(c[:4], "\t")
			m[k] = label{c[5], c[6]}
			order = append(order, k)
		}
	}
	return m, order, nil
}

// Agreement is the agreement of two labellers on the same sentences.
type Agreement struct {
	N                int
	Observed, Kappa  float64
	ClaimantSame     int // both empty excluded
	ClaimantCompared int
}

// Compare computes Cohen's kappa of the 0/1 labels and the exact agreement
// of claimants (case-insensitive) where either labeller gave one.
func Compare(first, second []label) Agreement {
	var a Agreement
	var ones1, ones2, same float64
	for i := range first {
		x, y := first[i], second[i]
		a.N++
		if x.value == y.value {
			same++
		}
		if x.value == "1" {
			ones1++
		}
		if y.value == "1" {
			ones2++
		}
		if x.claimant != "" || y.claimant != "" {
			a.ClaimantCompared++
			if strings.EqualFold(strings.TrimSpace(x.claimant), strings.TrimSpace(y.claimant)) {
				a.ClaimantSame++
			}
		}
	}
	if a.N == 0 {
		return a
	}
	n := float64(a.N)
	a.Observed = same / n
	p1, p2 := ones1/n, ones2/n
	pe := p1*p2 + (1-p1)*(1-p2)
	if pe < 1 {
		a.Kappa = (a.Observed - pe) / (1 - pe)
	}
	return a
}

// kappa runs "kappa": it compares the labels of the files before "--" with
// those of the files after it and prints the agreement by language.
func kappa(args []string) error {
	sep := -1
	for i, a := range args {
		if a == "--" {
			sep = i
		}
	}
	if sep < 1 || sep == len(args)-1 {
		return fmt.Errorf("usage: tool kappa FIRST.tsv... -- SECOND.tsv")
	}
	first, _, err := readLabels(args[:sep])
	if err != nil {
		return err
	}
	second, order, err := readLabels(args[sep+1:])
	if err != nil {
		return err
	}
	byLang := map[string][2][]label{}
	for _, k := range order {
		f, ok := first[k]
		if !ok {
			return fmt.Errorf("sentence %q has no first label", k)
		}
		lang := "en"
		if strings.HasSuffix(strings.SplitN(k, "\t", 2)[0], "_de") {
			lang = "de"
		}
		for _, l := range []string{lang, "all"} {
			p := byLang[l]
			p[0], p[1] = append(p[0], f), append(p[1], second[k])
			byLang[l] = p
		}
	}
	for _, l := range []string{"de", "en", "all"} {
		a := Compare(byLang[l][0], byLang[l][1])
		fmt.Printf("%s: n=%d observed=%.3f kappa=%.3f claimant same %d of %d\n",
			l, a.N, a.Observed, a.Kappa, a.ClaimantSame, a.ClaimantCompared)
	}
	return nil
}
