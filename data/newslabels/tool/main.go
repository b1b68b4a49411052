// Command tool lists the sentence units of news articles for labelling and
// checks stored labels against the articles they refer to.
//
//	go run ./data/newslabels/tool units CORPUS_DIR FILE...   one JSON line per sentence
//	go run ./data/newslabels/tool check CORPORA_DIR TSV...   verify every label's hash
//	go run ./data/newslabels/tool kappa FIRST.tsv... -- SECOND.tsv   agreement of two labellers
//	go run ./data/newslabels/tool realign CORPORA_DIR TSV...   merge rows the splitter no longer cuts (in place)
//
// Offsets are character (Unicode code point) offsets into the article file,
// end exclusive; the hash is the first 10 hex digits of the SHA-1 of the
// sentence's UTF-8 text. Sentences come from the product's own splitter
// (extract.Extract); the tool prints no score, so a labeller is not led by
// the model.
package main

import (
	"bufio"
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"claimdesk/claims/extract"
)

// main runs the command the first argument names: units, check, kappa or
// realign.
func main() {
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: tool units CORPUS_DIR FILE... | tool check CORPORA_DIR TSV... | tool kappa FIRST.tsv... -- SECOND.tsv | tool realign CORPORA_DIR TSV...")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "units":
		err = units(os.Args[2], os.Args[3:])
	case "check":
		err = check(os.Args[2], os.Args[3:])
	case "kappa":
		err = kappa(os.Args[2:])
	case "realign":
		err = realign(os.Args[2], os.Args[3:])
	default:
		err = fmt.Errorf("unknown command %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "tool:", err)
		os.Exit(1)
	}
}

// unitLine is one sentence offered for labelling.
type unitLine struct {
	File  string `json:"file"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	SHA1  string `json:"sha1"`
	Text  string `json:"text"`
}

// units prints each sentence unit of the files in dir as one JSON line:
// file, character offsets, hash and text.
func units(dir string, files []string) error {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, f := range files {
		b, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			return err
		}
		text := string(b)
		for _, u := range extract.Extract(text, extract.Options{}) {
			s := utf8.RuneCountInString(text[:u.Start])
			e := s + utf8.RuneCountInString(u.Text)
			if err := enc.Encode(unitLine{f, s, e, Hash(u.Text), u.Text}); err != nil {
				return err
			}
		}
	}
	return nil
}

// Hash is the label file's sentence hash: 10 hex digits of SHA-1.
func Hash(s string) string {
	h := sha1.Sum([]byte(s))
	return hex.EncodeToString(h[:])[:10]
}

// check verifies that every row of each label file names a sentence of the
// corpora whose hash matches. Columns: corpus, file, start, end, sha1,
// label, claimant (a header line starting with "corpus" is skipped).
func check(corpora string, tsvs []string) error {
	bad, n := 0, 0
	cache := map[string][]rune{}
	for _, t := range tsvs {
		b, err := os.ReadFile(t)
		if err != nil {
			return err
		}
		for i, line := range strings.Split(strings.TrimRight(string(b), "\n"), "\n") {
			if line == "" || strings.HasPrefix(line, "corpus\t") {
				continue
			}
			n++
			if msg := checkRow(corpora, line, cache); msg != "" {
				bad++
				fmt.Printf("%s:%d: %s\n", t, i+1, msg)
			}
		}
	}
	fmt.Printf("%d labels checked, %d bad\n", n, bad)
	if bad > 0 {
		return fmt.Errorf("%d labels do not match the corpora", bad)
	}
	return nil
}

// checkRow returns what is wrong with one label row ("" when nothing is),
// reading each article once into cache.
func checkRow(corpora, line string, cache map[string][]rune) string {
	c := strings.Split(line, "\t")
	if len(c) != 7 {
		return fmt.Sprintf("want 7 columns, got %d", len(c))
	}
	if c[5] != "0" && c[5] != "1" {
		return "label must be 0 or 1"
	}
	s, err1 := strconv.Atoi(c[2])
	e, err2 := strconv.Atoi(c[3])
	if err1 != nil || err2 != nil || s < 0 || e <= s {
		return "bad offsets"
	}
	path := filepath.Join(corpora, c[0], c[1])
	r, ok := cache[path]
	if !ok {
		b, err := os.ReadFile(path)
		if err != nil {
			return err.Error()
		}
		r = []rune(string(b))
		cache[path] = r
	}
	if e > len(r) {
		return "offsets past the end of the file"
	}
	if got := Hash(string(r[s:e])); got != c[4] {
		return fmt.Sprintf("hash %s, text has %s", c[4], got)
	}
	return ""
}
