package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestRealign: two rows the splitter no longer cuts become one row with
// the new span's offsets and hash, label 1 if either part was 1 and the
// longer part's claimant; a row that still meets a unit is left as it was
// (invented article).
func TestRealign(t *testing.T) {
	dir := t.TempDir()
	text := "Die 4. Strafkammer vertagte den Fall, sagte die Sprecherin. Das Urteil folgt."
	if err := os.MkdirAll(filepath.Join(dir, "c_de"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "c_de", "a.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	row := func(s, e int, label, claimant string) string {
		r := []rune(text)
		return strings.Join([]string{"c_de", "a.txt", strconv.Itoa(s), strconv.Itoa(e), Hash(string(r[s:e])), label, claimant}, "\t")
	}
	in := []string{row(0, 6, "0", "Kurz"), row(7, 59, "1", "Sprecherin"), row(60, 77, "1", "")}
	tsv := filepath.Join(dir, "de.tsv")
	if err := os.WriteFile(tsv, []byte(strings.Join(in, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := realign(dir, []string{tsv}); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(tsv)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{row(0, 59, "1", "Sprecherin"), in[2]}
	if got := strings.Split(strings.TrimRight(string(b), "\n"), "\n"); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if err := check(dir, []string{tsv}); err != nil {
		t.Fatal(err)
	}
}
