package extract_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
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

// oneText returns about n bytes of text: the -corpus articles joined by
// blank lines (repeated when they are shorter), or the German table text
// repeated when no -corpus is given.
func oneText(b *testing.B, n int) string {
	if *corpusDir == "" {
		return newsOfSize(n)
	}
	texts, _ := corpusTexts(b)
	var sb strings.Builder
	for sb.Len() < n {
		for _, t := range texts {
			sb.WriteString(t)
			sb.WriteString("\n\n")
			if sb.Len() >= n {
				break
			}
		}
	}
	return sb.String()[:n]
}

// BenchmarkExtractOneText extracts one text of 1, 5 and 10 MB in one call
// (as the app reads a long article), reporting besides the bytes allocated
// the heap that the result holds (live-B/op: after a collection, with the
// units still referenced) and both per byte of input: memory stays linear
// when these per-byte figures stay flat across the sizes.
func BenchmarkExtractOneText(b *testing.B) {
	for _, mb := range []int{1, 5, 10} {
		b.Run(fmt.Sprintf("%dMB", mb), func(b *testing.B) {
			text := oneText(b, mb<<20)
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			var ms0, ms1, ms2 runtime.MemStats
			n := 0
			var live uint64
			for b.Loop() {
				b.StopTimer()
				runtime.GC()
				runtime.GC() // the second empties the pools' victim caches
				runtime.ReadMemStats(&ms0)
				b.StartTimer()
				units := extract.Extract(text, extract.Options{})
				b.StopTimer()
				runtime.ReadMemStats(&ms1)
				runtime.GC()
				runtime.ReadMemStats(&ms2)
				live += ms2.HeapAlloc - ms0.HeapAlloc
				runtime.KeepAlive(units)
				n++
				b.StartTimer()
			}
			b.ReportMetric(float64(live)/float64(n), "live-B/op")
			b.ReportMetric(float64(live)/float64(n)/float64(len(text)), "live-B/B")
			b.ReportMetric(float64(ms1.TotalAlloc-ms0.TotalAlloc)/float64(len(text)), "alloc-B/B")
		})
	}
}

// TestMemoryLinear checks that the memory an extraction allocates, and the
// memory its result holds, grow in proportion to the text: per byte of
// input, a 4 MB text may cost at most a quarter more than a 1 MB one.
func TestMemoryLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts 5 MB")
	}
	measure := func(n int) (alloc, live float64) {
		text := newsOfSize(n)
		var ms0, ms1, ms2 runtime.MemStats
		runtime.GC()
		runtime.GC() // the second empties the pools' victim caches
		runtime.ReadMemStats(&ms0)
		units := extract.Extract(text, extract.Options{})
		runtime.ReadMemStats(&ms1)
		runtime.GC()
		runtime.ReadMemStats(&ms2)
		runtime.KeepAlive(units)
		return float64(ms1.TotalAlloc-ms0.TotalAlloc) / float64(n), (float64(ms2.HeapAlloc) - float64(ms0.HeapAlloc)) / float64(n)
	}
	a1, l1 := measure(1 << 20)
	a4, l4 := measure(4 << 20)
	t.Logf("per input byte: allocated %.1f / %.1f B, held by the result %.1f / %.1f B (1 MB / 4 MB)", a1, a4, l1, l4)
	if a4 > 1.25*a1 || l4 > 1.25*l1 {
		t.Errorf("not linear: per input byte allocated %.1f → %.1f B, held %.1f → %.1f B from 1 MB to 4 MB", a1, a4, l1, l4)
	}
	if l1 <= 0 || a1 <= 0 {
		t.Errorf("nothing measured: allocated %.1f B, held %.1f B per byte", a1, l1)
	}
}
