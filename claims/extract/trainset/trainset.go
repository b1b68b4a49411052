// Package trainset reads the labelled data the claim extractor is fitted
// and measured on: labelled-unit files (id, lang, text, label) and the news
// sentence labels (corpus, file, offsets, hash, label, claimant) that refer
// to articles in a corpora directory. It also fixes the splits: which news
// articles are development articles (never fitted) and how rows are
// grouped for cross-validation.
package trainset

import (
	"bufio"
	"crypto/sha1"
	"encoding/csv"
	"encoding/hex"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"claimdesk/claims/extract"
)

// Row is one labelled unit.
type Row struct {
	ID       string // file id, or CORPUS/FILE:START for a news sentence
	Lang     string
	Text     string
	Worthy   bool
	Genre    string // extract.GenreNews, GenreDebates or GenreComments
	Heading  bool
	Group    string // cross-validation group: article, or block of neighbouring rows
	Article  string // CORPUS/FILE of a news sentence
	Start    int    // byte offsets of a news sentence in its article
	End      int
	Claimant string // a news sentence's claimant, "" for none
	Doc      string // the whole article of a news sentence (shared by its rows)
}

// TrainRow converts the row for extract.Fit.
func (r Row) TrainRow() extract.TrainRow {
	return extract.TrainRow{Text: r.Text, Lang: r.Lang, Genre: r.Genre, Heading: r.Heading, Worthy: r.Worthy, Group: r.Group,
		Doc: r.Doc, Start: r.Start, End: r.End}
}

// TrainRows converts rows for extract.Fit.
func TrainRows(rows []Row) []extract.TrainRow {
	out := make([]extract.TrainRow, len(rows))
	for i, r := range rows {
		out[i] = r.TrainRow()
	}
	return out
}

// blockSize is the number of neighbouring ids of a labelled-unit file that
// form one cross-validation group: neighbouring rows tend to come from the
// same debate or the same comment thread.
const blockSize = 50

// IDGroup returns the cross-validation group of a labelled-unit row: its
// id's prefix and the block of blockSize numbers its trailing number falls
// in ("ge21train-123" → "ge21train-2").
func IDGroup(id string) string {
	k := len(id)
	for k > 0 && id[k-1] >= '0' && id[k-1] <= '9' {
		k--
	}
	n, err := strconv.Atoi(id[k:])
	if err != nil {
		return id
	}
	return id[:k] + strconv.Itoa(n/blockSize)
}

// DevArticle reports whether a news article (corpus and file name) is a
// development article: about one in five, by hash. Its sentences are never
// fitted on; claimctl eval reports on them.
func DevArticle(corpus, file string) bool {
	h := fnv.New32a()
	h.Write([]byte(corpus + "/" + file))
	return h.Sum32()%5 == 0
}

// CheckArticle reports whether a training article (corpus and file name)
// is in the check part of the claimant rules: about one in four of the
// training articles, by a hash other than DevArticle's. From 2026-12-04 on,
// claimant rules are written from the units of the other training articles
// (the write part) only, and kept only when the check part's counts do not
// go down (fitclaimant -diagnose with -part): the training counts of rules
// written on all training articles no longer tell how a rule does on text
// it was not written from.
func CheckArticle(corpus, file string) bool {
	h := sha1.Sum([]byte("check:" + corpus + "/" + file))
	return h[0]%4 == 0
}

// ReadUnits reads a labelled-unit file (tab-separated, header id, lang,
// text, label) whose rows are of the given genre.
func ReadUnits(path, genre string) ([]Row, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma = '\t'
	r.FieldsPerRecord = 4
	head, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if strings.Join(head, ",") != "id,lang,text,label" {
		return nil, fmt.Errorf("%s: the header must be id, lang, text, label", path)
	}
	var rows []Row
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if rec[3] != "0" && rec[3] != "1" {
			return nil, fmt.Errorf("%s: row %s: label %q is neither 0 nor 1", path, rec[0], rec[3])
		}
		lang := strings.ToLower(rec[1])
		if lang != "de" && lang != "en" {
			lang = extract.DetectLanguage(rec[2])
		}
		rows = append(rows, Row{ID: rec[0], Lang: lang, Text: rec[2], Worthy: rec[3] == "1", Genre: genre, Group: IDGroup(rec[0])})
	}
	return rows, nil
}

// NewsFiles returns the news label files of labelsDir in the order they
// are read: the language files LABELS/[a-z][a-z].tsv (rounds 1-2) and
// LABELS/round*/[a-z][a-z].tsv (later rounds, one directory each). Other
// files, such as a blind second labelling (second*.tsv), are not read.
func NewsFiles(labelsDir string) ([]string, error) {
	var files []string
	for _, pat := range []string{"[a-z][a-z].tsv", filepath.Join("round*", "[a-z][a-z].tsv")} {
		got, err := filepath.Glob(filepath.Join(labelsDir, pat))
		if err != nil {
			return nil, err
		}
		files = append(files, got...)
	}
	return files, nil
}

// ReadNews reads the news sentence labels of the files NewsFiles lists
// (columns corpus, file, start, end, sha1, label, claimant; offsets in
// characters) and the sentences they refer to from corporaDir. A label
// whose hash does not match its sentence is an error. Rows come sorted by
// article and offset; which of them are fitted is for SplitNews to say
// (trainset.DevArticle), whatever file or round they come from.
func ReadNews(labelsDir, corporaDir string) ([]Row, error) {
	files, err := NewsFiles(labelsDir)
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no .tsv label files", labelsDir)
	}
	articles := map[string]string{}
	var rows []Row
	for _, path := range files {
		got, err := readNewsFile(path, corporaDir, articles)
		if err != nil {
			return nil, err
		}
		rows = append(rows, got...)
	}
	sort.SliceStable(rows, func(i, j int) bool {
		if rows[i].Article != rows[j].Article {
			return rows[i].Article < rows[j].Article
		}
		return rows[i].Start < rows[j].Start
	})
	return rows, nil
}

// readNewsFile reads the labelled rows of one label file, reading each
// article from corporaDir once (articles caches them by CORPUS/FILE).
func readNewsFile(path, corporaDir string, articles map[string]string) ([]Row, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var rows []Row
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		c := strings.Split(sc.Text(), "\t")
		if len(c) == 0 || c[0] == "" || c[0] == "corpus" || strings.HasPrefix(c[0], "#") {
			continue
		}
		if len(c) < 6 {
			return nil, fmt.Errorf("%s:%d: %d columns, want 7", path, line, len(c))
		}
		if c[5] != "0" && c[5] != "1" {
			continue // not labelled (yet)
		}
		key := c[0] + "/" + c[1]
		text, ok := articles[key]
		if !ok {
			b, err := os.ReadFile(filepath.Join(corporaDir, c[0], c[1]))
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %w", path, line, err)
			}
			text = string(b)
			articles[key] = text
		}
		s, err1 := strconv.Atoi(c[2])
		e, err2 := strconv.Atoi(c[3])
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("%s:%d: bad offsets", path, line)
		}
		bs, be, ok := byteSpan(text, s, e)
		if !ok {
			return nil, fmt.Errorf("%s:%d: offsets %d-%d outside %s", path, line, s, e, key)
		}
		sum := sha1.Sum([]byte(text[bs:be]))
		if !strings.HasPrefix(hex.EncodeToString(sum[:]), c[4]) || c[4] == "" {
			return nil, fmt.Errorf("%s:%d: hash %s does not match the sentence at %d-%d of %s", path, line, c[4], s, e, key)
		}
		claimant := ""
		if len(c) > 6 {
			claimant = strings.TrimSpace(c[6])
		}
		lang := "en"
		if strings.HasSuffix(c[0], "_de") {
			lang = "de"
		}
		rows = append(rows, Row{
			ID: key + ":" + c[2], Lang: lang, Text: text[bs:be], Worthy: c[5] == "1",
			Genre: extract.GenreNews, Heading: isHeading(text, bs, be), Group: key,
			Article: key, Start: bs, End: be, Claimant: claimant, Doc: text,
		})
	}
	return rows, sc.Err()
}

// byteSpan converts character offsets into byte offsets of text.
func byteSpan(text string, s, e int) (int, int, bool) {
	if s < 0 || e < s {
		return 0, 0, false
	}
	bs, be, n := -1, -1, 0
	for i := range text {
		if n == s {
			bs = i
		}
		if n == e {
			be = i
			break
		}
		n++
	}
	if be < 0 && n == e {
		be = len(text)
	}
	if bs < 0 && n == s {
		bs = len(text)
	}
	return bs, be, bs >= 0 && be >= 0
}

// isHeading reports whether text[s:e] is a line of its own (blank lines or
// the file's edges around it) without final punctuation, as Extract treats
// headings.
func isHeading(text string, s, e int) bool {
	before := strings.TrimRight(text[:s], " \t")
	after := strings.TrimLeft(text[e:], " \t")
	alone := (before == "" || strings.HasSuffix(before, "\n")) && (after == "" || strings.HasPrefix(after, "\n"))
	if !alone {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(text[s:e], "\"”“’)"))
	return !strings.ContainsRune(".!?:;", last)
}

// SplitNews returns the news rows of training articles and of development
// articles.
func SplitNews(rows []Row) (train, dev []Row) {
	for _, r := range rows {
		corpus, file, _ := strings.Cut(r.Article, "/")
		if DevArticle(corpus, file) {
			dev = append(dev, r)
		} else {
			train = append(train, r)
		}
	}
	return train, dev
}

// fittedFiles are the labelled-unit files the shipped model is fitted on.
var fittedFiles = map[string]bool{"en_ct24_train.tsv": true, "de_germeval21_factclaiming_train.tsv": true}

// Fitted reports whether the shipped model was fitted on the labelled-unit
// file of this name.
func Fitted(name string) bool { return fittedFiles[name] }
