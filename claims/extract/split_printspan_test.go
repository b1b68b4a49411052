package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPrintSpan checks that a unit's passage reads as the extractor reads
// it inside the whole text: as PrintText reads the passage alone in the
// invented print copies, and with a word cut at a line end as the rest of
// the text writes it ("long-term" in en12_compound.txt).
func TestPrintSpan(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "printcopy", "*.txt"))
	if err != nil || len(files) < 20 {
		t.Fatalf("print copies: %d, %v", len(files), err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		for _, u := range Extract(text, Options{}) {
			got, alone := PrintSpan(text, u.Start, u.End), PrintText(u.Text)
			if filepath.Base(f) == "en12_compound.txt" && strings.HasPrefix(u.Text, "A long-") {
				if want := "A long-term contract"; !strings.HasPrefix(got, want) || strings.HasPrefix(alone, want) {
					t.Errorf("%s: %q in the text, %q alone", f, got, alone)
				}
				continue
			}
			if got != alone {
				t.Errorf("%s: PrintSpan %q, PrintText %q", f, got, alone)
			}
		}
	}
	if got := PrintSpan("Die Bundes-\nregierung tagte.", 4, 30); got != "Bundesregierung tagte." {
		t.Errorf("bounds: %q", got)
	}
}
