package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExtractColumns checks extract on a text laid out in two columns side
// by side (an invented page, as pdftotext -layout writes it): by default
// it reads the file as it is, with its offsets, and says on stderr that
// the columns are read across; with --columns it reads them apart, as
// article add stores the text, so the sentence that goes on from the foot
// of the left column to the head of the right one is one unit. A text in
// one column gets no note.
func TestExtractColumns(t *testing.T) {
	file := filepath.Join("..", "..", "importer", "testdata", "columns", "en_two.txt")
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	out, stderr, code := runIn(t, "", "extract", "--all", "--format", "jsonl", file)
	if code != 0 || !strings.Contains(stderr, "two columns") || !strings.Contains(stderr, "--columns") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	for _, u := range decodeJSONL(t, out) {
		if string(b[*u.Start:*u.End]) != *u.Text {
			t.Fatalf("unit %q is not the file's %d–%d", *u.Text, *u.Start, *u.End)
		}
	}
	out, stderr, code = runIn(t, "", "extract", "--all", "--columns", "--format", "jsonl", file)
	if code != 0 || stderr != "" {
		t.Fatalf("--columns: exit %d, stderr %q", code, stderr)
	}
	want := "Opposition members called the plan\ntoo expensive and said the buses\nwould do the same job for a tenth\nof the money."
	found := false
	for _, u := range decodeJSONL(t, out) {
		found = found || *u.Text == want
		if strings.Contains(*u.Text, "   ") {
			t.Errorf("--columns: a unit across the columns: %q", *u.Text)
		}
	}
	if !found {
		t.Errorf("--columns: no unit %q", want)
	}
	_, stderr, code = runIn(t, "Der Rat tagte am Montag. Er beschloss den Haushalt.\n", "extract", "-")
	if code != 0 || stderr != "" {
		t.Errorf("one column: exit %d, stderr %q", code, stderr)
	}
}
