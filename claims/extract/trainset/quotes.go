package trainset

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// Quote is an annotated quotation with its speaker, from the quote corpora
// (wikinews_quotes_de annotations, polnear_en attributions).
type Quote struct {
	Corpus, File string
	Lang         string
	Start        int    // byte offset of the quotation in the article
	Speaker      string // the annotated speaker mention as written
}

// QuoteCorpora are the corpora with annotated speakers.
var QuoteCorpora = []string{"wikinews_quotes_de", "polnear_en"}

// ReadQuotes reads the annotated quotations with a speaker of a quote
// corpus, sorted by file and offset.
func ReadQuotes(corporaDir, corpus string) ([]Quote, error) {
	var qs []Quote
	var err error
	switch corpus {
	case "wikinews_quotes_de":
		qs, err = readWikinews(filepath.Join(corporaDir, corpus))
	case "polnear_en":
		qs, err = readPolnear(filepath.Join(corporaDir, corpus))
	default:
		return nil, fmt.Errorf("%s: not a quote corpus", corpus)
	}
	sort.SliceStable(qs, func(i, j int) bool {
		if qs[i].File != qs[j].File {
			return qs[i].File < qs[j].File
		}
		return qs[i].Start < qs[j].Start
	})
	return qs, err
}

// span is a text annotation of wikinews_quotes_de: the text and its
// character offsets.
type span struct {
	Text  string  `json:"text"`
	Spans [][]int `json:"spans"`
}

// readWikinews reads the quotations of wikinews_quotes_de in dir that have
// a speaker: each article's annotations/*.jsonl beside its text.
func readWikinews(dir string) ([]Quote, error) {
	files, err := filepath.Glob(filepath.Join(dir, "annotations", "*.jsonl"))
	if err != nil {
		return nil, err
	}
	var out []Quote
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".jsonl") + ".txt"
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return nil, err
		}
		text := string(b)
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 0, 1<<16), 1<<22)
		for sc.Scan() {
			var rec struct {
				Quote   *span `json:"quote"`
				Speaker *span `json:"speaker"`
			}
			if json.Unmarshal(sc.Bytes(), &rec) != nil || rec.Quote == nil || rec.Speaker == nil || len(rec.Quote.Spans) == 0 {
				continue
			}
			s, _, ok := byteSpan(text, rec.Quote.Spans[0][0], rec.Quote.Spans[0][0])
			if ok {
				out = append(out, Quote{"wikinews_quotes_de", name, "de", s, rec.Speaker.Text})
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// annSuffix is the end of a polnear_en annotation file's name that follows
// its article's name.
var annSuffix = regexp.MustCompile(`_[0-9a-f]{4}\.ann$`)

// readPolnear reads the quotations of polnear_en in dir: each attribution
// event's content with its source as the speaker; annotations without
// their article are skipped.
func readPolnear(dir string) ([]Quote, error) {
	files, err := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	if err != nil {
		return nil, err
	}
	var out []Quote
	for _, path := range files {
		name := annSuffix.ReplaceAllString(filepath.Base(path), ".txt")
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			continue // an annotation without its article
		}
		text := string(b)
		ann, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		type tspan struct {
			start int
			text  string
		}
		spans := map[string]tspan{}
		var events []string
		for _, line := range strings.Split(string(ann), "\n") {
			c := strings.Split(line, "\t")
			if len(c) >= 3 && strings.HasPrefix(c[0], "T") {
				f := strings.Fields(c[1])
				if len(f) >= 2 {
					n, _ := strconv.Atoi(f[1])
					spans[c[0]] = tspan{n, c[2]}
				}
			} else if len(c) >= 2 && strings.HasPrefix(c[0], "E") {
				events = append(events, c[1])
			}
		}
		for _, e := range events {
			var content, source string
			for _, part := range strings.Fields(e) {
				role, id, _ := strings.Cut(part, ":")
				switch role {
				case "Content":
					content = id
				case "Source":
					source = id
				}
			}
			c, ok1 := spans[content]
			src, ok2 := spans[source]
			if !ok1 || !ok2 {
				continue
			}
			if s, _, ok := byteSpan(text, c.start, c.start); ok {
				out = append(out, Quote{"polnear_en", name, "en", s, src.text})
			}
		}
	}
	return out, nil
}
