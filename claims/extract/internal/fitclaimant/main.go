// Command fitclaimant fits the learned claimant chooser of the claim
// extractor and writes its weights as claims/extract/claimant.tsv, which
// the package embeds.
//
// Usage (from the repository root):
//
//	go run ./claims/extract/internal/fitclaimant [-shared ../shared] [-labels data/newslabels] [-out claims/extract/claimant.tsv]
//
// Training units: the news sentence labels of training articles (their
// claimant column; never development articles, trainset.DevArticle) and,
// in the quote corpora's other training articles, the unit where each
// annotated quotation with a named speaker starts. For every unit the
// extractor lists its candidates (extract.ClaimantCandidates); the chooser
// is a conditional logistic regression over them, one per language. The
// L2 strength, the weight of a quotation unit against a news label and the
// mode (learned; the rules' own answer first, learned otherwise; the rules
// alone) are chosen by 5-fold cross-validation grouped by article, on the
// training articles only, by the share of news units right; a learned mode
// replaces the rules only when it beats them by more than one standard
// error of the paired difference. The default grid (lambda 0.0001, 0.001;
// quote weight 0, 0.3) is what a wider one (lambda up to 0.003, quote
// weight up to 1) left of the settings that ever came first. The same
// inputs give the same file, byte for byte.
//
// With -diagnose N it only counts, on the training news units, how the
// rules' claimant loses (empty, another name, part of the name, several
// wanted, one where none is labelled) and prints N examples of each kind;
// with -part write (or check) only on the training articles of that part
// (trainset.CheckArticle).
package main

import (
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"

	"claimdesk/claims/extract/internal/fitinput"
)

// main reads the training units, fits and cross-validates the chooser of
// each language (or diagnoses the rules with -diagnose), prints the results
// and writes the weights to -out when it is given.
func main() {
	in := fitinput.Define("its corpora/", false, "claims/extract/claimant.tsv", "weights")
	var lambdas, quoteWeights fitinput.Floats
	flag.Var(&lambdas, "lambda", "candidate L2 strength (repeat; default 0.0001, 0.001)")
	flag.Var(&quoteWeights, "quote-weight", "candidate weight of a quotation unit against a news label (repeat; default 0, 0.3)")
	misses := flag.Int("misses", 0, "print this many training news units whose claimant is no candidate, per language")
	diag := flag.Int("diagnose", -1, "only print the kinds of loss of the rules' claimant on training news units, with this many examples of each, and exit")
	part := flag.String("part", "", "with -diagnose: only the training articles of this part of the claimant rules, write or check (trainset.CheckArticle)")
	forced := flag.String("mode", "", "write this mode instead of the one cross-validation chooses: learned, rules-first or rules-only (fitted with the first -lambda and -quote-weight; to compare the modes on texts no fit read)")
	in.Parse()
	if len(lambdas) == 0 {
		lambdas = fitinput.Floats{0.0001, 0.001}
	}
	if len(quoteWeights) == 0 {
		quoteWeights = fitinput.Floats{0, 0.3}
	}
	exs, err := examples(in.Labels, in.Corpora)
	if err != nil {
		fmt.Fprintln(os.Stderr, "fitclaimant:", err)
		os.Exit(1)
	}
	if *diag >= 0 {
		if exs, err = inPart(exs, *part); err != nil {
			fmt.Fprintln(os.Stderr, "fitclaimant:", err)
			os.Exit(2)
		}
		for _, lang := range []string{"de", "en"} {
			fmt.Println("==", lang)
			diagnose(byLang(exs, lang), *diag)
		}
		return
	}
	mode, err := modeByName(*forced)
	if err != nil {
		fmt.Fprintln(os.Stderr, "fitclaimant:", err)
		os.Exit(2)
	}
	var lines []string
	var w [2][]float64
	for l, lang := range []string{"de", "en"} {
		mine := byLang(exs, lang)
		printMisses(mine, *misses)
		if mode >= 0 {
			w[l] = settle(fit(mine, lambdas[0], quoteWeights[0]), mode)
			lines = append(lines, fmt.Sprintf("%s: mode %s set by -mode (lambda %g, quote weight %g), not chosen by cross-validation", lang, modeNames[mode], lambdas[0], quoteWeights[0]))
			continue
		}
		res := crossValidate(mine, lambdas, quoteWeights)
		for _, r := range res.tried {
			fmt.Println(lang, r)
		}
		best := res.best
		w[l] = settle(fit(mine, best.lambda, best.quoteWeight), best.mode)
		lines = append(lines, describe(lang, mine, res))
	}
	for _, l := range lines {
		fmt.Println(l)
	}
	for f, name := range featureNames {
		fmt.Printf("%-28s %8.3f %8.3f\n", name, w[0][f], w[1][f])
	}
	if in.Out == "" {
		return
	}
	if err := os.WriteFile(in.Out, []byte(weightsFile(lines, w)), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "fitclaimant:", err)
		os.Exit(1)
	}
}

// modeByName returns the mode -mode names, or -1 for "" (chosen by
// cross-validation).
func modeByName(name string) (int, error) {
	if name == "" {
		return -1, nil
	}
	for m, n := range modeNames {
		if strings.ReplaceAll(n, " ", "-") == name {
			return m, nil
		}
	}
	return 0, fmt.Errorf("-mode %q: want learned, rules-first or rules-only", name)
}

// weightsFile formats the weights: the notes as comments, then one line
// per feature with its German and English weight.
func weightsFile(notes []string, w [2][]float64) string {
	var b strings.Builder
	b.WriteString("# Claimant chooser weights, written by go run ./claims/extract/internal/fitclaimant (do not edit).\n")
	for _, n := range notes {
		b.WriteString("# " + n + "\n")
	}
	b.WriteString("# feature\tGerman\tEnglish\n")
	for f, name := range featureNames {
		fmt.Fprintf(&b, "%s\t%s\t%s\n", name, strconv.FormatFloat(w[0][f], 'f', 4, 64), strconv.FormatFloat(w[1][f], 'f', 4, 64))
	}
	return b.String()
}

// printMisses prints up to n news units whose labelled claimant is none of
// their candidates: the label and the candidates.
func printMisses(exs []example, n int) {
	for _, e := range exs {
		if n <= 0 {
			return
		}
		if e.quote || e.gold == "" || weightOf(e, 1) > 0 {
			continue
		}
		n--
		fmt.Printf("miss %s: %q not in %q\n", e.article, e.gold, e.names[1:])
	}
}
