package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestLabelsMatchCorpora verifies every stored label against the shared
// corpora when they lie beside the repository (as on the developers'
// machines and in CI); it is skipped elsewhere.
func TestLabelsMatchCorpora(t *testing.T) {
	corpora := filepath.Join("..", "..", "..", "..", "shared", "corpora")
	if _, err := os.Stat(corpora); err != nil {
		t.Skip("shared corpora not present")
	}
	files, _ := filepath.Glob(filepath.Join("..", "*.tsv"))
	rounds, _ := filepath.Glob(filepath.Join("..", "round*", "*.tsv"))
	files = append(files, rounds...)
	if len(files) == 0 {
		t.Fatal("no label files")
	}
	if err := check(corpora, files); err != nil {
		t.Fatal(err)
	}
}

func TestCompare(t *testing.T) {
	a := []label{{"1", "X"}, {"0", ""}, {"1", ""}, {"0", "Y"}}
	b := []label{{"1", "x"}, {"0", ""}, {"0", ""}, {"0", "Z"}}
	got := Compare(a, b)
	if got.N != 4 || got.Observed != 0.75 {
		t.Fatalf("got %+v", got)
	}
	// p1 = 0.5, p2 = 0.25: pe = 0.125+0.375 = 0.5, kappa = (0.75-0.5)/0.5
	if got.Kappa != 0.5 {
		t.Fatalf("kappa %v, want 0.5", got.Kappa)
	}
	if got.ClaimantSame != 1 || got.ClaimantCompared != 2 {
		t.Fatalf("claimants %d of %d", got.ClaimantSame, got.ClaimantCompared)
	}
}
