package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"

	"claimdesk/claims/extract"
	"claimdesk/desk"
	"claimdesk/importer"
)

// init registers extract.
func init() {
	register(&command{name: "extract", summary: "find check-worthy claims in a text (no database needed)", run: runExtract})
}

// extractOpts are the flags shared by extract and eval.
type extractOpts struct {
	lang      *string
	threshold *float64
	genre     *string
}

// addExtractFlags adds --lang, --threshold and --genre to fs.
func addExtractFlags(fs *flag.FlagSet) extractOpts {
	return extractOpts{
		lang:      fs.String("lang", "auto", "language: auto, de or en"),
		threshold: fs.Float64("threshold", extract.DefaultThreshold, "score at or above which a unit is check-worthy (0 < t ≤ 1)"),
		genre:     fs.String("genre", "auto", "how whole-text units are read: auto (comments when at least half of them read like comments, else news), news, debates or comments"),
	}
}

// options validates the flags and returns extraction options.
func (o extractOpts) options() (extract.Options, error) {
	lang := strings.ToLower(strings.TrimSpace(*o.lang))
	if lang != "auto" && lang != "de" && lang != "en" {
		return extract.Options{}, usagef("unknown --lang %q; use auto, de or en", *o.lang)
	}
	if !(*o.threshold > 0 && *o.threshold <= 1) {
		return extract.Options{}, usagef("--threshold %g is out of range; use a number above 0 and at most 1", *o.threshold)
	}
	genre := strings.ToLower(strings.TrimSpace(*o.genre))
	if genre != "auto" && genre != extract.GenreNews && genre != extract.GenreComments && genre != extract.GenreDebates {
		return extract.Options{}, usagef("unknown --genre %q; use auto, news, debates or comments", *o.genre)
	}
	return extract.Options{Lang: lang, Threshold: *o.threshold, Genre: genre}, nil
}

// runExtract runs "extract": it scores the units of a text and prints the
// check-worthy ones, best first, with their reasons.
func runExtract(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "extract", "[FILE|-]",
		"Splits a text into sentences (or lines), scores each for check-worthiness and\nprints the check-worthy ones, best first, with their reasons. Reads standard\ninput when FILE is - or missing. An .html, .htm or .md file, and standard input\nthat starts with an HTML tag, are read as import reads them: their readable text,\nnot their markup. Needs no database.")
	eo := addExtractFlags(fs)
	split := fs.String("split", "sentences", "units: sentences or lines (each non-blank line is one unit, scored whole; see --genre)")
	all := fs.Bool("all", false, "print every unit in text order, not only the check-worthy ones")
	columns := fs.Bool("columns", false, "read a text laid out in two columns side by side (as pdftotext -layout writes it) apart, the left column first, as article add stores it; start and end then count in that one-column text")
	format := formatFlag(fs, "text", "text", "jsonl", "json")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	opts, err := eo.options()
	if err != nil {
		return err
	}
	if *split != "sentences" && *split != "lines" {
		return usagef("unknown --split %q; use sentences or lines", *split)
	}
	opts.Split = *split
	f, err := format()
	if err != nil {
		return err
	}
	if len(pos) > 1 {
		return usagef("name one file (or - for standard input), not %d", len(pos))
	}
	text, err := readInput(ctx, e, pos)
	if err != nil {
		return &exitError{code: 1, msg: errorText(err)}
	}
	text = readColumns(e, text, *columns, *split)
	units := extract.Extract(text, opts)
	if !*all {
		kept := units[:0]
		for _, u := range units {
			if u.CheckWorthy {
				kept = append(kept, u)
			}
		}
		units = kept
		sort.SliceStable(units, func(i, j int) bool { return units[i].Score > units[j].Score })
	}
	for i := range units {
		if units[i].Kinds == nil {
			units[i].Kinds = []string{}
		}
		if units[i].Reasons == nil {
			units[i].Reasons = []string{}
		}
	}
	if f == "json" {
		return writeJSON(e.stdout, units)
	}
	return buffered(e.stdout, func(w io.Writer) error { return writeUnits(w, f, units, *all) })
}

// readColumns returns text in one column when columns is set
// (importer.OneColumn), else text itself, with a note on stderr when text
// is laid out in two columns, so read across both.
func readColumns(e *env, text string, columns bool, split string) string {
	if split != "sentences" {
		return text
	}
	one := importer.OneColumn(text)
	switch {
	case columns:
		return one
	case one != text:
		fmt.Fprintln(e.stderr, "claimctl extract: note: the text looks laid out in two columns side by side, so its sentences are read across both; --columns reads the columns apart (article add stores such text in one column)")
	}
	return text
}

// writeUnits prints units as JSON lines or, for "text", as a table whose
// text is made safe for a terminal.
func writeUnits(w io.Writer, format string, units []extract.Unit, all bool) error {
	if format == "jsonl" {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for i := range units {
			if err := enc.Encode(&units[i]); err != nil {
				return err
			}
		}
		return nil
	}
	t := &table{header: []string{"", "SCORE", "CLAIMANT", "TEXT", "REASONS"}, markColumn: true}
	for _, u := range units {
		mark := ""
		if u.CheckWorthy {
			mark = "*"
		}
		t.add(mark, fmt.Sprintf("%.2f", u.Score), u.Claimant, clip(u.Text, 110), strings.Join(u.Reasons, "; "))
	}
	empty := "(no check-worthy claims found; --all shows every unit)"
	if all {
		empty = "(no text)"
	}
	tw := newTermWriter(w)
	if err := t.write(tw, empty); err != nil {
		return err
	}
	return tw.Flush()
}

// buffered runs write on a 64 KiB buffer over the raw writer beneath out,
// so that long output takes few write calls instead of one or more per
// line; the buffer is flushed at the end and after an error too, and the
// first error is returned. Output that needs escaping for a terminal must
// wrap the buffer in its own termWriter.
func buffered(out io.Writer, write func(io.Writer) error) error {
	bw := bufio.NewWriterSize(rawWriter(out), 64<<10)
	err := write(bw)
	if ferr := bw.Flush(); err == nil {
		err = ferr
	}
	return err
}

// readInput returns the text of the file named in pos, or standard input:
// only a regular file is read, at most importer.MaxArticleBytes, and the
// bytes must be text (UTF-8, or UTF-16 with a byte order mark), not a
// binary file. Of an .html, .htm or .md file, and of standard input that
// starts as an HTML page does (looksLikeHTML), it returns the text import
// stores (markupFile).
func readInput(ctx context.Context, e *env, pos []string) (string, error) {
	var b []byte
	var err error
	name := "standard input"
	if len(pos) == 0 || pos[0] == "-" {
		b, err = importer.ReadAll(ctx, name, e.stdin, importer.MaxArticleBytes)
	} else {
		name = pos[0]
		b, err = importer.ReadFile(ctx, name, importer.MaxArticleBytes)
	}
	if err != nil {
		return "", err
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return "", nil // nothing to extract, which is not an error
	}
	if len(pos) > 0 && pos[0] != "-" && markupFile(name) {
		return desk.ArticleText(name, b)
	}
	if (len(pos) == 0 || pos[0] == "-") && looksLikeHTML(b) { // curl … | claimctl extract -
		return desk.ArticleTextAs(name, ".html", b)
	}
	return importer.DecodeText(name, b)
}

// markupFile reports whether name is a file import reads as markup (.html,
// .htm, .md): extract reads its readable text, as import stores it, not
// its tags. A .txt file, any other and standard input are read as they are.
func markupFile(name string) bool {
	return importer.Supported(name) && !strings.EqualFold(filepath.Ext(name), ".txt")
}
