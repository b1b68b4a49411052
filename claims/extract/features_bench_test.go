//go:build unix

package extract

import (
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
)

// BenchmarkAnalyzeCorpus times the feature rules alone (analyze) on the
// units of the -corpus articles (the flag of BenchmarkExtractCorpus),
// tokenized before the clock starts: the part of Extract in features*.go,
// words.go and numbers.go, with less of the other parts' noise.
func BenchmarkAnalyzeCorpus(b *testing.B) {
	f := flag.Lookup("corpus")
	if f == nil || f.Value.String() == "" {
		b.Skip("no -corpus folder given")
	}
	type unit struct {
		text, lang string
		toks       []token
	}
	var units []unit
	size := 0
	for _, dir := range strings.Split(f.Value.String(), ",") {
		names, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		sort.Strings(names)
		for _, n := range names {
			t, err := os.ReadFile(n)
			if err != nil {
				b.Fatal(err)
			}
			size += len(t)
			for _, u := range Extract(string(t), Options{}) {
				var z tokenizer
				toks := z.tokenize(u.Text, lexFor(u.Lang))
				units = append(units, unit{u.Text, u.Lang, append([]token(nil), toks...)})
			}
		}
	}
	b.SetBytes(int64(size))
	var z tokenizer
	var a analysis
	c0 := rusageNanos()
	n := 0
	for b.Loop() {
		n++
		for _, u := range units {
			a = analysis{attrib: a.attrib[:0], entities: a.entities[:0], dates: a.dates[:0], numbers: a.numbers[:0]}
			analyze(&z, u.text, u.toks, u.lang, &a)
		}
	}
	b.ReportMetric(float64(rusageNanos()-c0)/float64(n), "cpu-ns/op")
}

// rusageNanos returns the processor time the process has used so far.
func rusageNanos() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
