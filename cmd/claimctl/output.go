package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"claimdesk/claims"
)

// writeJSONList writes list as a JSON array; an empty list is [] (never null).
func writeJSONList[T any](w io.Writer, list []T) error {
	if list == nil {
		list = []T{}
	}
	return writeJSON(w, list)
}

// writeJSON writes v as indented JSON. Nil slices should be passed as empty
// ones so that lists are always arrays.
// It writes beneath the terminal escaping: the encoder escapes control
// characters itself.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(rawWriter(w))
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// table is a text table with a header row, printed with aligned columns.
type table struct {
	header []string
	rows   [][]string
	// markColumn is a first column of markers (such as "*") that stays
	// blank where there is none, instead of showing "-".
	markColumn bool
}

// add appends one row; cells are made single-line, empty ones show "-".
func (t *table) add(cells ...string) {
	for i, c := range cells {
		cells[i] = oneLine(c)
		if cells[i] == "" && !(i == 0 && t.markColumn) {
			cells[i] = "-"
		}
	}
	t.rows = append(t.rows, cells)
}

// write prints the table, or "(none)" style text when it has no rows.
func (t *table) write(w io.Writer, empty string) error {
	if len(t.rows) == 0 {
		_, err := fmt.Fprintln(w, empty)
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(t.header, "\t"))
	for _, r := range t.rows {
		fmt.Fprintln(tw, strings.Join(r, "\t"))
	}
	return tw.Flush()
}

// writePage writes the table like write and, when it holds fewer rows than
// the total that matched (a --limit cut the list), says how many it shows.
func (t *table) writePage(w io.Writer, empty string, total int) error {
	if err := t.write(w, empty); err != nil {
		return err
	}
	if total > len(t.rows) {
		fmt.Fprintf(w, "(%d of %d shown)\n", len(t.rows), total)
	}
	return nil
}

// clip shortens s to at most n characters, marking the cut with "…".
func clip(s string, n int) string {
	s = oneLine(s)
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// when formats a time for tables: local time to the minute, "-" for none.
func when(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	return t.Local().Format("2006-01-02 15:04")
}

// day formats a date for tables, "-" for none.
func day(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	return t.Format("2006-01-02")
}

// noArgs rejects positional arguments of a command that takes none.
func noArgs(pos []string) error {
	if len(pos) > 0 {
		return usagef("unexpected argument %q", pos[0])
	}
	return nil
}

// oneArg returns the single positional argument of a command, named what.
func oneArg(pos []string, what string) (string, error) {
	switch {
	case len(pos) == 0:
		return "", usagef("missing %s", what)
	case len(pos) > 1:
		return "", usagef("unexpected argument %q after the %s", pos[1], what)
	case strings.TrimSpace(pos[0]) == "":
		return "", usagef("the %s is empty", what)
	}
	return strings.TrimSpace(pos[0]), nil
}

// listArgs finishes parsing a listing command: no positional arguments, a
// known --format (returned) and a --limit that is not negative.
func listArgs(fs *flag.FlagSet, args []string, format func() (string, error), limit *int) (string, error) {
	if err := parseNoArgs(fs, args); err != nil {
		return "", err
	}
	f, err := format()
	if err != nil {
		return "", err
	}
	if *limit < 0 {
		return "", usagef("--limit must not be negative")
	}
	return f, nil
}

// showArgs parses the arguments of a command that shows one record: its ID
// and --format text|json. It opens the services last, so that a typing
// mistake is reported before the database is touched.
func showArgs(e *env, args []string, name, what, summary string) (id, format string, svc *claims.Services, err error) {
	fs := newFlags(e, name, strings.ToUpper(strings.ReplaceAll(what, " ", "_")), summary)
	formatOf := formatFlag(fs, "text", "text", "json")
	if id, err = parseOneArg(fs, args, what); err != nil {
		return "", "", nil, err
	}
	if format, err = formatOf(); err != nil {
		return "", "", nil, err
	}
	svc, err = e.services()
	return id, format, svc, err
}

// required reports a usage error when a required flag was not given.
func required(name, value string) error {
	if strings.TrimSpace(value) == "" {
		return usagef("--%s is required", name)
	}
	return nil
}

// flushWriter flushes w if it buffers, so that each printed ID reaches a
// pipe at once (os.Stdout itself does not buffer).
func flushWriter(w io.Writer) {
	if f, ok := w.(interface{ Flush() error }); ok {
		_ = f.Flush()
	}
}

// rfc3339 formats t for JSON output in UTC, "" for none.
func rfc3339(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}
