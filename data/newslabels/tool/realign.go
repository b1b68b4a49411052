package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"claimdesk/claims/extract"
	"claimdesk/claims/extract/trainset"
)

// labelRow is one row of a label file, kept with its line so that rows the
// re-alignment does not touch are written back byte for byte.
type labelRow struct {
	line       int // index among the file's lines
	corpus     string
	file       string
	start, end int // character offsets
	label      string
	claimant   string
}

// realignCount counts, per language and part, the rows a re-alignment
// merged away and the merged rows it wrote.
type realignCount struct {
	parts, merged map[string]int // key "de write", "en dev", …
	stray         int            // rows that meet no new unit exactly nor lie whole in one
}

// realign rewrites each label file so that its rows meet the units of the
// present splitter: where one new unit covers several labelled rows end to
// end (the splitter no longer cuts between them), those rows become one row
// for the new unit, labelled 1 if any part was 1, with the non-empty
// claimant of the parts (the longest part's if several differ) and the new
// span's offsets and hash. Nothing else is changed; no text is read but the
// offsets the splitter gives.
func realign(corpora string, tsvs []string) error {
	cnt := realignCount{parts: map[string]int{}, merged: map[string]int{}}
	for _, t := range tsvs {
		if err := realignFile(corpora, t, &cnt); err != nil {
			return err
		}
	}
	keys := make([]string, 0, len(cnt.parts))
	for k := range cnt.parts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s: %d labelled rows merged into %d rows (%d rows fewer)\n", k, cnt.parts[k], cnt.merged[k], cnt.parts[k]-cnt.merged[k])
	}
	fmt.Printf("rows meeting no new unit, left as they were: %d\n", cnt.stray)
	return nil
}

// realignFile re-aligns one label file in place.
func realignFile(corpora, path string, cnt *realignCount) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	byArticle := map[string][]labelRow{}
	var order []string
	for i, line := range lines {
		r, ok := parseLabelRow(i, line)
		if !ok {
			continue
		}
		key := r.corpus + "/" + r.file
		if _, seen := byArticle[key]; !seen {
			order = append(order, key)
		}
		byArticle[key] = append(byArticle[key], r)
	}
	drop := map[int]bool{}
	for _, key := range order {
		rows := byArticle[key]
		doc, err := os.ReadFile(filepath.Join(corpora, key))
		if err != nil {
			return err
		}
		text := string(doc)
		units := unitSpans(text)
		merged := map[int]bool{}
		for _, u := range units {
			parts := coveredRows(rows, u[0], u[1])
			if len(parts) < 2 {
				continue
			}
			lines[parts[0].line] = mergedLine(text, parts, u[0], u[1])
			for i, p := range parts {
				merged[p.line] = true
				if i > 0 {
					drop[p.line] = true
				}
			}
			k := partKey(parts[0])
			cnt.parts[k] += len(parts)
			cnt.merged[k]++
		}
		cnt.stray += strayRows(rows, units, merged)
	}
	var out strings.Builder
	for i, line := range lines {
		if !drop[i] {
			out.WriteString(line)
			out.WriteByte('\n')
		}
	}
	return os.WriteFile(path, []byte(out.String()), 0o644)
}

// parseLabelRow reads a row of a label file (false for a header, comment
// or malformed line, which is left alone).
func parseLabelRow(i int, line string) (labelRow, bool) {
	c := strings.Split(line, "\t")
	if len(c) != 7 || c[0] == "corpus" || strings.HasPrefix(c[0], "#") {
		return labelRow{}, false
	}
	s, err1 := strconv.Atoi(c[2])
	e, err2 := strconv.Atoi(c[3])
	if err1 != nil || err2 != nil {
		return labelRow{}, false
	}
	return labelRow{line: i, corpus: c[0], file: c[1], start: s, end: e, label: c[5], claimant: c[6]}, true
}

// unitSpans returns the character spans of the splitter's units of text.
func unitSpans(text string) [][2]int {
	var out [][2]int
	for _, u := range extract.Extract(text, extract.Options{}) {
		s := utf8.RuneCountInString(text[:u.Start])
		out = append(out, [2]int{s, s + utf8.RuneCountInString(u.Text)})
	}
	return out
}

// coveredRows returns the rows lying inside [s, e), by start, when they
// cover it end to end (the first starts at s, the last ends at e, each
// starts at or after the one before ends); nil otherwise.
func coveredRows(rows []labelRow, s, e int) []labelRow {
	var in []labelRow
	for _, r := range rows {
		if r.start >= s && r.end <= e {
			in = append(in, r)
		}
	}
	sort.Slice(in, func(i, j int) bool { return in[i].start < in[j].start })
	if len(in) == 0 || in[0].start != s || in[len(in)-1].end != e {
		return nil
	}
	for i := 1; i < len(in); i++ {
		if in[i].start < in[i-1].end {
			return nil
		}
	}
	return in
}

// mergedLine is the label row of the new unit [s, e) of text made of parts:
// label 1 if any part is 1; the parts' claimant if only one is given, else
// the longest part's among those with one.
func mergedLine(text string, parts []labelRow, s, e int) string {
	label := "0"
	claimant, longest := "", -1
	for _, p := range parts {
		if p.label == "1" {
			label = "1"
		}
		if p.claimant != "" && p.end-p.start > longest {
			claimant, longest = p.claimant, p.end-p.start
		}
	}
	unit := string([]rune(text)[s:e])
	return strings.Join([]string{parts[0].corpus, parts[0].file, strconv.Itoa(s), strconv.Itoa(e), Hash(unit), label, claimant}, "\t")
}

// strayRows counts the rows, not merged, that are no unit of units: they
// no longer meet the splitter and are left as they were.
func strayRows(rows []labelRow, units [][2]int, merged map[int]bool) int {
	exact := map[[2]int]bool{}
	for _, u := range units {
		exact[u] = true
	}
	n := 0
	for _, r := range rows {
		if !merged[r.line] && !exact[[2]int{r.start, r.end}] {
			n++
		}
	}
	return n
}

// partKey names a row's language and part: dev (trainset.DevArticle),
// check (trainset.CheckArticle) or write.
func partKey(r labelRow) string {
	lang := "en"
	if strings.HasSuffix(r.corpus, "_de") {
		lang = "de"
	}
	switch {
	case trainset.DevArticle(r.corpus, r.file):
		return lang + " dev"
	case trainset.CheckArticle(r.corpus, r.file):
		return lang + " check"
	}
	return lang + " write"
}
