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
	"crypto/sha1"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"claimdesk/claims/extract"
	"claimdesk/claims/extract/trainset"
)

func main() {
	shared := flag.String("shared", "../shared", "the shared data directory (eval/ and corpora/)")
	labels := flag.String("labels", "data/newslabels", "directory of the news sentence labels (*.tsv); empty: none")
	corpora := flag.String("corpora", "", "corpora directory (default: SHARED/corpora)")
	out := flag.String("out", "claims/extract/model.tsv", "model file to write; empty: only print the figures")
	newsWeight := flag.Float64("news-weight", 1, "weight of a news row in the loss, against 1 for the others")
	epochs := flag.Int("epochs", 0, "passes over the rows (0: the default)")
	context := flag.Int("context", 0, "mask of the context groups (extract.Ctx*)")
	newsFrac := flag.Float64("news-fraction", 0, "fit on this share of the news training articles only (learning curve; 0: all)")
	stage2 := flag.Bool("stage2", true, "fit the second stage over each article's first-stage scores")
	var lambdas floatList
	flag.Var(&lambdas, "lambda", "candidate L2 strength (repeat; default: extract's own candidates)")
	flag.Parse()
	if *corpora == "" {
		*corpora = filepath.Join(*shared, "corpora")
	}
	rows, sources, err := trainingRows(*shared, *labels, *corpora)
	if err != nil {
		fmt.Fprintln(os.Stderr, "fit:", err)
		os.Exit(1)
	}
	f, err := extract.Fit(trainset.TrainRows(rows), extract.FitConfig{
		Lambdas: lambdas, Epochs: *epochs, Context: *context, NewsFraction: *newsFrac, NoStage2: !*stage2, GenreWeight: map[string]float64{extract.GenreNews: *newsWeight},
		Progress: func(done, total int) { fmt.Fprintf(os.Stderr, "fit: cross-validation %d of %d\n", done, total) },
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "fit:", err)
		os.Exit(1)
	}
	f.Notes = append(sources, f.Notes...)
	for _, n := range f.Notes {
		fmt.Println(n)
	}
	fmt.Printf("chosen lambda %g; thresholds (German, English) news %.2f %.2f, debates %.2f, comments %.2f; %d non-zero weights\n",
		f.Lambda, f.Thresholds[0][0], f.Thresholds[0][1], f.Thresholds[1][1], f.Thresholds[2][0], f.NonZero())
	fmt.Println("feature\tshared\tnews\tdebates\tcomments")
	for _, l := range f.FeatureWeights() {
		fmt.Println(l)
	}
	if *out == "" {
		return
	}
	file, err := os.Create(*out)
	if err == nil {
		_, err = f.WriteTo(file)
		if cerr := file.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "fit:", err)
		os.Exit(1)
	}
}

// trainingRows reads every row the model is fitted on and describes its
// sources (file, rows, SHA-1 prefix) for the model's notes.
func trainingRows(shared, labels, corpora string) ([]trainset.Row, []string, error) {
	var notes []string
	var rows []trainset.Row
	for _, f := range []struct{ name, genre string }{
		{"en_ct24_train.tsv", extract.GenreDebates},
		{"de_germeval21_factclaiming_train.tsv", extract.GenreComments},
	} {
		path := filepath.Join(shared, "eval", f.name)
		got, err := trainset.ReadUnits(path, f.genre)
		if err != nil {
			return nil, nil, err
		}
		notes = append(notes, fmt.Sprintf("fitted on %s: %d rows, sha1 %s", f.name, len(got), fileSum(path)))
		rows = append(rows, got...)
	}
	if labels != "" {
		news, err := trainset.ReadNews(labels, corpora)
		if err != nil {
			return nil, nil, err
		}
		train, dev := trainset.SplitNews(news)
		files, err := trainset.NewsFiles(labels)
		if err != nil {
			return nil, nil, err
		}
		for _, path := range files {
			rel, err := filepath.Rel(labels, path)
			if err != nil {
				rel = filepath.Base(path)
			}
			notes = append(notes, fmt.Sprintf("news labels %s: sha1 %s", filepath.ToSlash(rel), fileSum(path)))
		}
		notes = append(notes, fmt.Sprintf("fitted on %d news sentences of training articles; %d of development articles left out", len(train), len(dev)))
		rows = append(rows, train...)
	}
	return rows, notes, nil
}

// fileSum returns the first 12 hex digits of a file's SHA-1.
func fileSum(path string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return "?"
	}
	h := sha1.Sum(b)
	return hex.EncodeToString(h[:])[:12]
}

// floatList is a repeatable float flag.
type floatList []float64

func (l *floatList) String() string { return fmt.Sprint(*l) }

func (l *floatList) Set(s string) error {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return err
	}
	*l = append(*l, v)
	return nil
}
