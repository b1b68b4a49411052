package extract_test

import (
	"strings"
	"testing"

	"claimdesk/claims/extract"
)

// newsOfSize repeats the German table text to about n bytes.
func newsOfSize(n int) string {
	var b strings.Builder
	for b.Len() < n {
		b.WriteString(germanNews)
		b.WriteString("\n\n")
	}
	return b.String()[:n]
}

func benchmarkExtract(b *testing.B, n int) {
	text := newsOfSize(n)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		extract.Extract(text, extract.Options{})
	}
}

func BenchmarkExtract1KB(b *testing.B)  { benchmarkExtract(b, 1<<10) }
func BenchmarkExtract1MB(b *testing.B)  { benchmarkExtract(b, 1<<20) }
func BenchmarkExtract10MB(b *testing.B) { benchmarkExtract(b, 10<<20) }

// TestLinear checks that a text ten times longer yields ten times the units,
// and that a paragraph without any sentence end is still handled in one pass
// (a quadratic splitter would take minutes here).
func TestLinear(t *testing.T) {
	small := len(extract.Extract(newsOfSize(100_000), extract.Options{}))
	large := len(extract.Extract(newsOfSize(1_000_000), extract.Options{}))
	if large < 9*small || large > 11*small {
		t.Fatalf("100 kB: %d units, 1 MB: %d units", small, large)
	}
	long := strings.Repeat("„Zitat ohne Ende und ohne Punkt ", 40_000)
	units := extract.Extract(long, extract.Options{})
	checkUnits(t, long, extract.Options{}, units)
}
