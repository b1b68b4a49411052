package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"testing"
)

// extractText is an invented German news text for the command tests.
const extractText = `Der Stadtrat hat am Mittwoch mit 31 zu 12 Stimmen den Haushalt für 2025 beschlossen.
„Das ist ein guter Tag“, sagte Bürgermeisterin Eva Kranz.
Ich glaube, die Bürger werden das merken.

Die Schulden stiegen im vergangenen Jahr um 4,5 Prozent auf 210 Millionen Euro.`

// runIn runs claimctl with stdin and returns its output and exit status.
func runIn(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

// jsonlUnit is the contract of one --format jsonl record.
type jsonlUnit struct {
	Start       *int     `json:"start"`
	End         *int     `json:"end"`
	Text        *string  `json:"text"`
	Score       *float64 `json:"score"`
	CheckWorthy *bool    `json:"checkworthy"`
	Claimant    *string  `json:"claimant"`
	Kinds       []string `json:"kinds"`
	Reasons     []string `json:"reasons"`
	Lang        *string  `json:"lang"`
}

func decodeJSONL(t *testing.T, out string) []jsonlUnit {
	t.Helper()
	var units []jsonlUnit
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var raw map[string]json.RawMessage
		if err := json.Unmarshal(sc.Bytes(), &raw); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		for _, k := range []string{"kinds", "reasons"} {
			if string(raw[k]) == "null" || raw[k] == nil {
				t.Fatalf("line %q: %s is not an array", sc.Text(), k)
			}
		}
		var u jsonlUnit
		if err := json.Unmarshal(sc.Bytes(), &u); err != nil {
			t.Fatal(err)
		}
		if u.Start == nil || u.End == nil || u.Text == nil || u.Score == nil || u.CheckWorthy == nil || u.Claimant == nil || u.Lang == nil {
			t.Fatalf("line %q misses a field", sc.Text())
		}
		units = append(units, u)
	}
	return units
}

func TestExtractCommand(t *testing.T) {
	t.Run("jsonl all from stdin", func(t *testing.T) {
		out, errOut, code := runIn(t, extractText, "extract", "--all", "--format", "jsonl", "-")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		units := decodeJSONL(t, out)
		if len(units) != 4 {
			t.Fatalf("%d units, want 4", len(units))
		}
		for _, u := range units {
			if extractText[*u.Start:*u.End] != *u.Text || *u.Lang != "de" {
				t.Fatalf("unit %q: span [%d,%d) or lang %q wrong", *u.Text, *u.Start, *u.End, *u.Lang)
			}
		}
		if *units[1].Claimant != "Eva Kranz" {
			t.Errorf("claimant %q, want Eva Kranz", *units[1].Claimant)
		}
		if *units[2].CheckWorthy || !*units[0].CheckWorthy || !*units[3].CheckWorthy {
			t.Errorf("check-worthy: %v %v %v", *units[0].CheckWorthy, *units[2].CheckWorthy, *units[3].CheckWorthy)
		}
	})
	t.Run("default lists claims best first", func(t *testing.T) {
		dir := t.TempDir()
		path := writeFile(t, dir, "a.txt", extractText)
		out, errOut, code := runIn(t, "", "extract", "--format", "jsonl", path)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		units := decodeJSONL(t, out)
		if len(units) == 0 || len(units) >= 4 {
			t.Fatalf("%d claims, want some but not all 4 units", len(units))
		}
		for i, u := range units {
			if !*u.CheckWorthy || i > 0 && *u.Score > *units[i-1].Score {
				t.Fatalf("unit %d (%.2f) not check-worthy or out of order", i, *u.Score)
			}
		}
		text, _, _ := runIn(t, "", "extract", path)
		if !strings.Contains(text, "SCORE") || !strings.Contains(text, "Haushalt") {
			t.Errorf("text table:\n%s", text)
		}
	})
	t.Run("lines: one unit per non-blank line", func(t *testing.T) {
		in := "Erster Satz. Zweiter Satz.\n\nDritte Zeile ohne Punkt\n   \nvierte Zeile.\n"
		out, _, code := runIn(t, in, "extract", "--split", "lines", "--all", "--format", "json")
		var units []jsonlUnit
		if code != 0 || json.Unmarshal([]byte(out), &units) != nil || len(units) != 3 {
			t.Fatalf("exit %d, output %s", code, out)
		}
	})
	t.Run("threshold and forced language", func(t *testing.T) {
		out, _, code := runIn(t, extractText, "extract", "--all", "--format", "jsonl", "--threshold", "1", "--lang", "en")
		units := decodeJSONL(t, out)
		if code != 0 || len(units) != 4 {
			t.Fatalf("exit %d, %d units", code, len(units))
		}
		for _, u := range units {
			if *u.CheckWorthy != (*u.Score >= 1) || *u.Lang != "en" {
				t.Fatalf("unit %q: checkworthy %v at score %v, lang %s", *u.Text, *u.CheckWorthy, *u.Score, *u.Lang)
			}
		}
	})
	for _, c := range []struct {
		name string
		args []string
	}{
		{"bad lang", []string{"extract", "--lang", "fr"}},
		{"bad split", []string{"extract", "--split", "words"}},
		{"bad format", []string{"extract", "--format", "xml"}},
		{"bad threshold", []string{"extract", "--threshold", "1.5"}},
		{"two files", []string{"extract", "a.txt", "b.txt"}},
		{"eval without file", []string{"eval"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, errOut, code := runIn(t, "", c.args...)
			if code != 2 || strings.Count(strings.TrimSpace(errOut), "\n") != 0 || errOut == "" {
				t.Fatalf("exit %d, stderr %q; want 2 and one line", code, errOut)
			}
		})
	}
	t.Run("missing file", func(t *testing.T) {
		if _, _, code := runIn(t, "", "extract", t.TempDir()+"/none.txt"); code != 1 {
			t.Fatalf("exit %d, want 1", code)
		}
	})
}

func TestEvalCommand(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString("id\tlang\ttext\tlabel\n")
	rows := []struct{ text, label string }{
		{"Die Arbeitslosenquote sank im Oktober auf 5,2 Prozent.", "1"},
		{"Der Bundestag beschloss am Freitag das Gesetz mit 400 Stimmen.", "1"},
		{"Ich finde das wirklich traurig.", "0"},
		{"Was meint ihr dazu?", "0"},
		{"Die Exporte stiegen 2024 um 3 Prozent.", "1"},
		{"Schönen Sonntag euch allen!", "0"},
	}
	for i := 0; i < 40; i++ {
		r := rows[i%len(rows)]
		fmt.Fprintf(&b, "t%d\tde\t%s\t%s\n", i, r.text, r.label)
	}
	path := writeFile(t, dir, "l.tsv", b.String())
	out, errOut, code := runIn(t, "", "eval", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"40 rows", "de rows read as news (--genre auto)", "PRECISION", "MACRO-F1", "Threshold sweep", "0.50"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "held") {
		t.Errorf("a file the model never saw is not called held out or fitted:\n%s", out)
	}
	if out, _, _ := runIn(t, "", "eval", "--genre", "comments", path); !strings.Contains(out, "de rows read as comments (--genre comments)") {
		t.Errorf("--genre comments:\n%s", out)
	}
	if _, _, code := runIn(t, "", "eval", "--genre", "tweets", path); code != 2 {
		t.Errorf("--genre tweets: exit %d, want 2", code)
	}
	fitted := writeFile(t, dir, "en_ct24_train.tsv", b.String())
	if out, _, _ := runIn(t, "", "eval", fitted); !strings.Contains(out, "training figures, not held out") {
		t.Errorf("a training file's figures are not called training figures:\n%s", out)
	}
	if _, _, code := runIn(t, "", "eval", "--report", path); code != 2 {
		t.Errorf("--report with a file: exit %d, want 2", code)
	}
	if _, _, code := runIn(t, "", "eval", "--report", "--folds", "1"); code != 2 {
		t.Errorf("--folds 1: exit %d, want 2", code)
	}
	if _, _, code := runIn(t, "", "eval", "--report", "--shared", dir); code != 1 {
		t.Errorf("--report without data: exit %d, want 1", code)
	}
	if _, _, code := runIn(t, "", "eval", dir+"/none.tsv"); code != 1 {
		t.Errorf("missing file: exit %d, want 1", code)
	}
	bad := writeFile(t, dir, "bad.tsv", "id\ttext\n1\tx\n")
	if _, _, code := runIn(t, "", "eval", bad); code != 2 {
		t.Errorf("bad header: exit %d, want 2", code)
	}
	badLabel := writeFile(t, dir, "badlabel.tsv", "id\tlang\ttext\tlabel\n1\tde\tText\tja\n")
	if _, _, code := runIn(t, "", "eval", badLabel); code != 2 {
		t.Errorf("bad label: exit %d, want 2", code)
	}
}

// countingWriter counts the write calls that reach it.
type countingWriter struct {
	bytes.Buffer
	calls int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.calls++
	return c.Buffer.Write(p)
}

func TestExtractOutputBuffered(t *testing.T) {
	// Many units: before buffering, each line (text: each cell) was one write call.
	var in strings.Builder
	for i := 0; i < 400; i++ {
		fmt.Fprintf(&in, "Der Stadtrat beschloss am %d. Mai mit %d zu 12 Stimmen den Haushalt.\n", i%28+1, i+13)
	}
	for _, format := range []string{"jsonl", "text"} {
		var out, errb countingWriter
		code := run(context.Background(), []string{"extract", "--all", "--format", format, "-"}, strings.NewReader(in.String()), &out, &errb)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", format, code, errb.String())
		}
		if lines := strings.Count(out.String(), "\n"); lines < 400 {
			t.Fatalf("%s: %d lines, want at least 400", format, lines)
		}
		if max := out.Len()/(64<<10) + 2; out.calls > max {
			t.Errorf("%s: %d write calls for %d bytes, want at most %d", format, out.calls, out.Len(), max)
		}
	}
}

func TestExtractTextStaysTerminalSafe(t *testing.T) {
	out, _, code := runIn(t, "Der Rat \x1b[2Jbeschloss 2024 einen Haushalt von 12 Millionen Euro.", "extract", "--all", "-")
	if code != 0 || strings.Contains(out, "\x1b") || !strings.Contains(out, `\u001b`) {
		t.Fatalf("exit %d, escape not made visible: %q", code, out)
	}
}

func TestBufferedFlushesOnError(t *testing.T) {
	var out bytes.Buffer
	boom := fmt.Errorf("boom")
	err := buffered(newTermWriter(&out), func(w io.Writer) error {
		fmt.Fprintln(w, "written before the error")
		return boom
	})
	if err != boom || out.String() != "written before the error\n" {
		t.Fatalf("err %v, out %q: want the error and the text written before it", err, out.String())
	}
}
