// Command fitclusters learns the claim extractor's word clusters
// (extract.FitClusters) from unlabelled text and writes them as
// claims/extract/clusters.bin, which the package embeds: (word hash,
// cluster) pairs, no text.
//
// Usage (from the repository root):
//
//	go run ./claims/extract/internal/fitclusters [-shared ../shared] [-out claims/extract/clusters.bin]
//
// Text read: the articles of SHARED/corpora/*/*.txt that are not
// development articles (trainset.DevArticle; language by the corpus
// name's _de suffix), and the text column of the CheckThat! 2024 English
// train file and of the GermEval 2021 train file in SHARED/eval (never the
// CheckThat! dev file). Labels are not read. The same inputs give the
// same file, byte for byte.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"claimdesk/claims/extract"
	"claimdesk/claims/extract/trainset"
)

func main() {
	shared := flag.String("shared", "../shared", "the shared data directory (corpora/ and eval/)")
	out := flag.String("out", "claims/extract/clusters.bin", "cluster file to write; empty: only print the counts")
	cfg := extract.DefaultClusterConfig
	flag.IntVar(&cfg.Fine, "k", cfg.Fine, "fine clusters per language")
	flag.IntVar(&cfg.Coarse, "coarse", cfg.Coarse, "coarse clusters per language")
	flag.IntVar(&cfg.Dims, "dims", cfg.Dims, "dimensions of the word vectors")
	flag.IntVar(&cfg.Contexts, "contexts", cfg.Contexts, "context words per language")
	flag.IntVar(&cfg.MaxVocab, "vocab", cfg.MaxVocab, "at most this many words per language")
	flag.IntVar(&cfg.MinCount, "min-count", cfg.MinCount, "occurrences a word needs")
	flag.Uint64Var(&cfg.Seed, "seed", cfg.Seed, "seed of the projection and the k-means starts")
	flag.IntVar(&cfg.Power, "power", cfg.Power, "power iterations of the randomized SVD (0: the random projection alone)")
	flag.Parse()
	texts, note, err := readTexts(*shared)
	if err != nil {
		fmt.Fprintln(os.Stderr, "fitclusters:", err)
		os.Exit(1)
	}
	fmt.Println(note)
	c := extract.FitClusters(texts, cfg)
	fmt.Printf("clustered %d words (%+v)\n", c.Len(), cfg)
	if *out == "" {
		return
	}
	var b bytes.Buffer
	if _, err := c.WriteTo(&b); err != nil {
		fmt.Fprintln(os.Stderr, "fitclusters:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, b.Bytes(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "fitclusters:", err)
		os.Exit(1)
	}
}

// readTexts reads the unlabelled texts in a fixed order and says how many
// came from where.
func readTexts(shared string) ([]extract.ClusterText, string, error) {
	var texts []extract.ClusterText
	files, err := filepath.Glob(filepath.Join(shared, "corpora", "*", "*.txt"))
	if err != nil {
		return nil, "", err
	}
	sort.Strings(files)
	dev := 0
	for _, path := range files {
		corpus, file := filepath.Base(filepath.Dir(path)), filepath.Base(path)
		if trainset.DevArticle(corpus, file) {
			dev++
			continue
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, "", err
		}
		lang := "en"
		if strings.HasSuffix(corpus, "_de") {
			lang = "de"
		}
		texts = append(texts, extract.ClusterText{Lang: lang, Text: string(b)})
	}
	arts := len(texts)
	for _, name := range []string{"en_ct24_train.tsv", "de_germeval21_factclaiming_train.tsv"} {
		rows, err := trainset.ReadUnits(filepath.Join(shared, "eval", name), "")
		if err != nil {
			return nil, "", err
		}
		for _, r := range rows {
			texts = append(texts, extract.ClusterText{Lang: r.Lang, Text: r.Text})
		}
	}
	return texts, fmt.Sprintf("read %d training articles (%d development articles left out) and %d train-file rows", arts, dev, len(texts)-arts), nil
}
