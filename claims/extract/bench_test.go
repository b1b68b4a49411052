package extract_test

import (
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

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

func benchmarkExtract(b *testing.B, size int) {
	text := newsOfSize(size)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	c0, ok := cpuTime()
	n := 0
	for b.Loop() {
		extract.Extract(text, extract.Options{})
		n++
	}
	reportCPU(b, c0, ok, n, len(text))
}

// reportCPU adds the processor time per operation and the bytes per
// processor second to a benchmark's figures: on a machine shared with other
// work they show the cost of the code itself, where ns/op and MB/s also
// hold the time spent waiting for a core.
func reportCPU(b *testing.B, c0 time.Duration, ok bool, n, bytes int) {
	c1, ok1 := cpuTime()
	if !ok || !ok1 || n == 0 || c1 <= c0 {
		return
	}
	per := float64(c1-c0) / float64(n)
	b.ReportMetric(per, "cpu-ns/op")
	b.ReportMetric(float64(bytes)/per*1e3, "MB/cpu-s")
}

// corpusDir names a folder of real articles for BenchmarkExtractCorpus
// (e.g. -corpus DIR/fang_covid_de,DIR/wikinews_quotes_de); the repository
// holds no such text, so without the flag that benchmark is skipped.
var corpusDir = flag.String("corpus", "", "comma-separated folders of .txt articles for BenchmarkExtractCorpus")

// corpusTexts reads every .txt article of the -corpus folders, in name
// order, and their total size; it skips b without the flag.
func corpusTexts(b *testing.B) ([]string, int) {
	if *corpusDir == "" {
		b.Skip("no -corpus folder given")
	}
	var texts []string
	size := 0
	for _, dir := range strings.Split(*corpusDir, ",") {
		names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
		if err != nil {
			b.Fatal(err)
		}
		sort.Strings(names)
		for _, n := range names {
			t, err := os.ReadFile(n)
			if err != nil {
				b.Fatal(err)
			}
			texts = append(texts, string(t))
			size += len(t)
		}
	}
	if size == 0 {
		b.Fatalf("no .txt article in %s", *corpusDir)
	}
	return texts, size
}

// benchmarkArticles extracts each of texts, one Extract call per article,
// as the app does with each article.
func benchmarkArticles(b *testing.B, texts []string, size int) {
	b.SetBytes(int64(size))
	b.ReportAllocs()
	c0, ok := cpuTime()
	n := 0
	for b.Loop() {
		for _, t := range texts {
			extract.Extract(t, extract.Options{})
		}
		n++
	}
	reportCPU(b, c0, ok, n, size)
}

// BenchmarkExtractCorpus extracts every .txt article of the -corpus
// folders once per operation.
func BenchmarkExtractCorpus(b *testing.B) {
	texts, size := corpusTexts(b)
	benchmarkArticles(b, texts, size)
}

// BenchmarkExtractCorpus10MB extracts the -corpus articles, their list
// repeated until it holds at least 10 MB, one Extract call per article:
// the speed on 10 MB of real news (BenchmarkExtract10MB repeats one text,
// whose few words keep the model's weights in the processor's cache).
func BenchmarkExtractCorpus10MB(b *testing.B) {
	texts, size := corpusTexts(b)
	all, total := texts, size
	for total < 10<<20 {
		all = append(all, texts...)
		total += size
	}
	benchmarkArticles(b, all, total)
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
