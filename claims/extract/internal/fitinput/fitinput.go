// Package fitinput holds what the claim extractor's fit commands
// (internal/fit, internal/fitcomments, internal/fitclaimant) share: the
// flags naming their data directories and output file, the writing of
// that file, the training rows of the shared scoring model with the files
// they come from, and a repeatable float flag.
package fitinput

import (
	"crypto/sha1"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"

	"claimdesk/claims/extract"
	"claimdesk/claims/extract/trainset"
)

// Inputs are the directories a fit command reads and the file it writes,
// as its flags set them.
type Inputs struct {
	Shared  string // -shared: the shared data directory
	Labels  string // -labels: the news sentence labels
	Corpora string // -corpora: the corpora (after Parse, SHARED/corpora if not given)
	Out     string // -out: the file to write; empty: only print the figures
}

// Define defines the flags -shared, -labels, -corpora and -out on the
// command line. sharedUse says what the command reads of the shared
// directory ("eval/ and corpora/"), emptyLabels whether -labels may be
// empty (no news labels), out is the file -out names by default and
// outKind what it holds ("model").
func Define(sharedUse string, emptyLabels bool, out, outKind string) *Inputs {
	in := &Inputs{}
	labelsUse := "directory of the news sentence labels (*.tsv)"
	if emptyLabels {
		labelsUse += "; empty: none"
	}
	flag.StringVar(&in.Shared, "shared", "../shared", "the shared data directory ("+sharedUse+")")
	flag.StringVar(&in.Labels, "labels", "data/newslabels", labelsUse)
	flag.StringVar(&in.Corpora, "corpora", "", "corpora directory (default: SHARED/corpora)")
	flag.StringVar(&in.Out, "out", out, outKind+" file to write; empty: only print the figures")
	return in
}

// Parse parses the command line (after the command has defined its own
// flags) and sets Corpora to SHARED/corpora if -corpora was not given.
func (in *Inputs) Parse() {
	flag.Parse()
	if in.Corpora == "" {
		in.Corpora = filepath.Join(in.Shared, "corpora")
	}
}

// WriteOut writes m's text form to the file -out names (nothing when it
// names none).
func (in *Inputs) WriteOut(m io.WriterTo) error {
	if in.Out == "" {
		return nil
	}
	file, err := os.Create(in.Out)
	if err != nil {
		return err
	}
	_, err = m.WriteTo(file)
	if cerr := file.Close(); err == nil {
		err = cerr
	}
	return err
}

// Source is a file training rows come from.
type Source struct {
	Name string // the file name in SHARED/eval, or the path under the labels directory
	Rows int    // rows read from it (0 for a news label file)
	Sum  string // the first 12 hex digits of its SHA-1
}

// Training is the shared model's training rows and where they come from.
type Training struct {
	Rows []trainset.Row
	Eval []Source // the CheckThat! 2024 and GermEval 2021 train files
	News []Source // the news label files (none without labels)
	// NewsTrain and NewsDev count the news sentences of training articles
	// (in Rows) and of development articles (left out).
	NewsTrain, NewsDev int
}

// TrainingRows reads every row the shared model is fitted on: the
// CheckThat! 2024 English train sentences (genre debates) and the
// GermEval 2021 train comments (genre comments) from SHARED/eval, then,
// unless Labels is empty, the news sentences of training articles
// (trainset.SplitNews).
func (in *Inputs) TrainingRows() (*Training, error) {
	t := &Training{}
	for _, f := range []struct{ name, genre string }{
		{"en_ct24_train.tsv", extract.GenreDebates},
		{"de_germeval21_factclaiming_train.tsv", extract.GenreComments},
	} {
		path := filepath.Join(in.Shared, "eval", f.name)
		got, err := trainset.ReadUnits(path, f.genre)
		if err != nil {
			return nil, err
		}
		t.Eval = append(t.Eval, Source{f.name, len(got), fileSum(path)})
		t.Rows = append(t.Rows, got...)
	}
	if in.Labels == "" {
		return t, nil
	}
	news, err := trainset.ReadNews(in.Labels, in.Corpora)
	if err != nil {
		return nil, err
	}
	train, dev := trainset.SplitNews(news)
	files, err := trainset.NewsFiles(in.Labels)
	if err != nil {
		return nil, err
	}
	for _, path := range files {
		rel, err := filepath.Rel(in.Labels, path)
		if err != nil {
			rel = filepath.Base(path)
		}
		t.News = append(t.News, Source{Name: filepath.ToSlash(rel), Sum: fileSum(path)})
	}
	t.NewsTrain, t.NewsDev = len(train), len(dev)
	t.Rows = append(t.Rows, train...)
	return t, nil
}

// NewsNotes describes the news label files for a model's notes.
func (t *Training) NewsNotes() []string {
	var notes []string
	for _, s := range t.News {
		notes = append(notes, fmt.Sprintf("news labels %s: sha1 %s", s.Name, s.Sum))
	}
	return notes
}

// fileSum returns the first 12 hex digits of a file's SHA-1 ("?" if it
// cannot be read).
func fileSum(path string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return "?"
	}
	h := sha1.Sum(b)
	return hex.EncodeToString(h[:])[:12]
}

// Floats is a repeatable float flag.
type Floats []float64

// String returns the values given so far.
func (l *Floats) String() string { return fmt.Sprint(*l) }

// Set appends the value s names.
func (l *Floats) Set(s string) error {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return err
	}
	*l = append(*l, v)
	return nil
}
