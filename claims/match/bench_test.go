//go:build unix

package match

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"
)

// synthDocs returns n generated fact-check records: words drawn from a
// Zipf distribution over a made-up vocabulary (as in real text, a few words
// are in most records), with numbers, names and claimants.
func synthDocs(n int, seed uint64) []Doc {
	r := rand.New(rand.NewPCG(seed, 1))
	z := rand.NewZipf(r, 1.1, 1, 50_000)
	word := func() string { return fmt.Sprintf("w%x", z.Uint64()) }
	docs := make([]Doc, n)
	for i := range docs {
		var b strings.Builder
		for j, l := 0, 12+r.IntN(25); j < l; j++ {
			b.WriteString(word() + " ")
			if r.IntN(10) == 0 {
				fmt.Fprintf(&b, "%d ", r.IntN(3000))
			}
			if r.IntN(15) == 0 {
				fmt.Fprintf(&b, "Name%d ", r.IntN(5000))
			}
		}
		docs[i] = Doc{Text: b.String(), Title: word() + " " + word() + " " + word(),
			Claimant: fmt.Sprintf("Person %d", r.IntN(3000))}
	}
	return docs
}

// BenchmarkMatch100k matches one claim against 100,000 records (BM25
// candidates and re-ranking) and reports the p95 latency and the CPU time
// per match.
func BenchmarkMatch100k(b *testing.B) {
	docs := synthDocs(100_000, 1)
	m := NewMatcher(docs, Default())
	queries := synthDocs(200, 2)
	var lat []time.Duration
	cpu0 := cpuTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		q := queries[i%len(queries)]
		t := time.Now()
		m.Rank(Query{Text: q.Text}, 5, nil)
		lat = append(lat, time.Since(t))
	}
	b.StopTimer()
	b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)*95/100].Microseconds())/1000, "p95-ms")
}

// BenchmarkIndex100k builds the in-memory index of 100,000 records.
func BenchmarkIndex100k(b *testing.B) {
	docs := synthDocs(100_000, 1)
	cpu0 := cpuTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		NewMatcher(docs, Default())
	}
	b.StopTimer()
	b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
}

// cpuTime returns the CPU time (user + system) the process has used; on a
// busy shared machine it says what the work costs apart from waiting.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkUpdate100k changes one record of 100,000 in place: removes it
// and adds its new text, as Seen.Sync does for a changed record.
func BenchmarkUpdate100k(b *testing.B) {
	docs := synthDocs(100_000, 1)
	m := NewMatcher(docs, Default())
	fresh := synthDocs(1000, 5)
	cpu0 := cpuTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := m.Remove([]int{i}); err != nil {
			b.Fatal(err)
		}
		if _, err := m.Add(fresh[i%len(fresh) : i%len(fresh)+1]); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
}
