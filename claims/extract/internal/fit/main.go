// Command fit fits the claim extractor's scoring model (extract.Fit) and
// writes it as claims/extract/model.tsv, which the package embeds.
//
// Usage (from the repository root; both directories are flags):
//
//	go run ./claims/extract/internal/fit [-shared ../shared] [-labels data/newslabels] [-out claims/extract/model.tsv]
//
// Training rows: the CheckThat! 2024 English train sentences (genre
// debates; never the dev file), the GermEval 2021 train comments (genre
// comments) and the news sentence labels of training articles (genre news;
// every file trainset.NewsFiles lists, de.tsv, en.tsv and round*/; never
// the sentences of development articles, trainset.DevArticle). The L2
// strength and each genre's threshold are chosen by 5-fold cross-validation
// on these rows, grouped by article or by block of neighbouring ids; the
// second stage over each news article's first-stage scores is fitted on
// their out-of-fold values (-stage2=false: none). The same inputs give the
// same file, byte for byte.
package main

import (
	"flag"
	"fmt"
	"os"

	"claimdesk/claims/extract"
	"claimdesk/claims/extract/internal/fitinput"
	"claimdesk/claims/extract/trainset"
)

// main fits the model on the training rows the flags name, prints its
// notes, thresholds and feature weights, and writes it.
func main() {
	in := fitinput.Define("eval/ and corpora/", true, "claims/extract/model.tsv", "model")
	newsWeight := flag.Float64("news-weight", 1, "weight of a news row in the loss, against 1 for the others")
	epochs := flag.Int("epochs", 0, "passes over the rows (0: the default)")
	context := flag.Int("context", 0, "mask of the context groups (extract.Ctx*)")
	newsFrac := flag.Float64("news-fraction", 0, "fit on this share of the news training articles only (learning curve; 0: all)")
	stage2 := flag.Bool("stage2", true, "fit the second stage over each article's first-stage scores")
	var lambdas fitinput.Floats
	flag.Var(&lambdas, "lambda", "candidate L2 strength (repeat; default: extract's own candidates)")
	in.Parse()
	t, err := in.TrainingRows()
	if err != nil {
		fmt.Fprintln(os.Stderr, "fit:", err)
		os.Exit(1)
	}
	f, err := extract.Fit(trainset.TrainRows(t.Rows), extract.FitConfig{
		Lambdas: lambdas, Epochs: *epochs, Context: *context, NewsFraction: *newsFrac, NoStage2: !*stage2, GenreWeight: map[string]float64{extract.GenreNews: *newsWeight},
		Progress: func(done, total int) { fmt.Fprintf(os.Stderr, "fit: cross-validation %d of %d\n", done, total) },
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "fit:", err)
		os.Exit(1)
	}
	f.Notes = append(sourceNotes(t, in.Labels != ""), f.Notes...)
	for _, n := range f.Notes {
		fmt.Println(n)
	}
	fmt.Printf("chosen lambda %g; thresholds (German, English) news %.2f %.2f, debates %.2f, comments %.2f; %d non-zero weights\n",
		f.Lambda, f.Thresholds[0][0], f.Thresholds[0][1], f.Thresholds[1][1], f.Thresholds[2][0], f.NonZero())
	fmt.Println("feature\tshared\tnews\tdebates\tcomments")
	for _, l := range f.FeatureWeights() {
		fmt.Println(l)
	}
	if err := in.WriteOut(f); err != nil {
		fmt.Fprintln(os.Stderr, "fit:", err)
		os.Exit(1)
	}
}

// sourceNotes describes the training rows' sources (file, rows, SHA-1
// prefix) for the model's notes; news: the news labels were read.
func sourceNotes(t *fitinput.Training, news bool) []string {
	var notes []string
	for _, s := range t.Eval {
		notes = append(notes, fmt.Sprintf("fitted on %s: %d rows, sha1 %s", s.Name, s.Rows, s.Sum))
	}
	if !news {
		return notes
	}
	notes = append(notes, t.NewsNotes()...)
	return append(notes, fmt.Sprintf("fitted on %d news sentences of training articles; %d of development articles left out", t.NewsTrain, t.NewsDev))
}
