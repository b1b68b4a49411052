package report_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/metrics"
	"testing"
	"time"

	"claimdesk/claims"
	"claimdesk/report"
)

// benchData makes a report of n claims: ten per article, two pieces of
// evidence and four history events each, German and English text.
func benchData(n int) *report.Data {
	ds := &claims.Dataset{Version: claims.DatasetVersion}
	for _, s := range claims.PresetScales() {
		if s.ID == claims.ScalePolitiFact {
			ds.Scales = append(ds.Scales, s)
		}
	}
	ratings := ds.Scales[0].Ratings
	t0 := time.Date(2026, 1, 1, 8, 0, 0, 0, time.UTC)
	id := func(kind byte, i int) string { return fmt.Sprintf("%c%07x-0000-4000-8000-000000000000", kind, i) }
	for i := 0; i < n; i++ {
		at := t0.Add(time.Duration(i) * time.Minute)
		if i%10 == 0 {
			body := fmt.Sprintf("Artikel %d über Haushalt, Schulden und Wachstum. „Zitat“ mit 500 € und Umlauten: äöüß.", i/10)
			ds.Articles = append(ds.Articles, &claims.Article{ID: id('a', i/10), Title: fmt.Sprintf("Haushaltsdebatte Nr. %d: „Rekordschulden“ von %d Mrd. €", i/10, 400+i%97),
				URL: fmt.Sprintf("https://example.org/artikel/%d", i/10), Publisher: "Tagesblatt Köln", Language: "de",
				PublishedAt: at, Body: body, BodySHA256: claims.BodyHash(body), ImportedAt: at, UpdatedAt: at})
			src := &claims.Source{ID: id('5', i/10), URL: fmt.Sprintf("https://statistik.example/tabelle-%d", i/10),
				Title: fmt.Sprintf("Statistischer Bericht %d", i/10), Publisher: "Statistikamt", Kind: claims.KindStatistics,
				Snapshots: []claims.Snapshot{{SHA256: fmt.Sprintf("%064x", i), Name: "bericht.pdf", Size: 1000, MIME: "application/pdf", AddedAt: at}},
				CreatedAt: at, UpdatedAt: at}
			ds.Sources = append(ds.Sources, src)
		}
		c := &claims.Claim{ID: id('c', i), ArticleID: id('a', i/10),
			Text:     fmt.Sprintf("Die Ausgaben für Projekt %d stiegen 2025 um %d %% auf %d,%d Mrd. € – so hoch wie nie.", i, i%40, i%900, i%10),
			Claimant: "Dr. Jürgen Weiß", ClaimDate: at, Status: claims.StatusPublished, RatingID: ratings[i%len(ratings)].ID,
			Rationale: "Laut Haushaltsplan betrugen die Ausgaben deutlich weniger; die genannte Zahl enthält Sondervermögen und Rücklagen, die nicht zu den laufenden Ausgaben zählen. Quelle: Tabelle 4.",
			Tags:      []string{"haushalt", "schulden"}, CreatedAt: at, UpdatedAt: at, CreatedBy: "jana", UpdatedBy: "jana"}
		ds.Claims = append(ds.Claims, c)
		for j, st := range []claims.Stance{claims.StanceRefutes, claims.StanceContext} {
			ds.Evidence = append(ds.Evidence, &claims.Evidence{ID: id('e', 2*i+j), ClaimID: c.ID, SourceID: id('5', i/10), Stance: st,
				Excerpt: "Ausgaben 2025: 412,3 Mrd. € (Tabelle 4, Zeile 12)", Note: "geprüft am Original", CreatedAt: at, UpdatedAt: at})
		}
		for j, f := range []string{claims.FieldCreated, claims.FieldStatus, claims.FieldRating, claims.FieldStatus} {
			ds.Events = append(ds.Events, &claims.Event{ID: id('f', 4*i+j), ClaimID: c.ID, At: at.Add(time.Duration(j) * time.Hour),
				Actor: "jana", Field: f, Old: "researching", New: "published"})
		}
	}
	return report.FromDataset(ds, report.Scope{}, t0)
}

// benchmarkWrite renders benchData(10_000) in format f and reports the
// output size ("MiB") and the peak of the live heap while writing
// ("peak-heap-MiB", sampled every 2 ms; the report data itself is part of
// it, as in a real export).
func benchmarkWrite(b *testing.B, f report.Format, history bool) {
	data := benchData(10_000)
	runtime.GC()
	b.ReportAllocs()
	b.ResetTimer()
	var peak uint64
	for b.Loop() {
		cw := &countingWriter{}
		stop := samplePeakHeap(&peak)
		err := report.Write(context.Background(), cw, data, report.Options{Format: f, Lang: "de", History: history}, nil)
		stop()
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(cw.n)/(1<<20), "MiB")
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
}

// samplePeakHeap records the largest live heap seen in *peak until the
// returned function is called.
func samplePeakHeap(peak *uint64) (stop func()) {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	read := func() {
		metrics.Read(sample)
		if v := sample[0].Value.Uint64(); v > *peak {
			*peak = v
		}
	}
	done, finished := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(2 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				read()
				return
			case <-t.C:
				read()
			}
		}
	}()
	return func() { close(done); <-finished }
}

// BenchmarkHTML10k renders an HTML report of 10,000 claims.
func BenchmarkHTML10k(b *testing.B) { benchmarkWrite(b, report.HTML, false) }

// BenchmarkPDF10k renders a PDF report of 10,000 claims.
func BenchmarkPDF10k(b *testing.B) { benchmarkWrite(b, report.PDF, false) }

// BenchmarkPDF10kHistory and BenchmarkHTML10kHistory add the history of
// each claim (--history).
func BenchmarkPDF10kHistory(b *testing.B)  { benchmarkWrite(b, report.PDF, true) }
func BenchmarkHTML10kHistory(b *testing.B) { benchmarkWrite(b, report.HTML, true) }

// BenchmarkCSV10k, BenchmarkMarkdown10k and BenchmarkJSON10k cover the rest.
func BenchmarkCSV10k(b *testing.B)      { benchmarkWrite(b, report.CSV, false) }
func BenchmarkMarkdown10k(b *testing.B) { benchmarkWrite(b, report.Markdown, false) }
func BenchmarkJSON10k(b *testing.B)     { benchmarkWrite(b, report.JSON, false) }

type countingWriter struct{ n int64 }

func (w *countingWriter) Write(p []byte) (int, error) { w.n += int64(len(p)); return len(p), nil }

var _ io.Writer = (*countingWriter)(nil)

var benchBundle = flag.String("benchbundle", "", "write benchData(10_000) as a bundle to this `file` (for claimctl import-bundle), then stop")

// TestWriteBenchBundle writes the benchmark data as a bundle, so that an
// export of the same 10,000 claims can be measured end to end:
//
//	go test ./report -run TestWriteBenchBundle -benchbundle /tmp/bench10k.zip
//	claimctl --db /tmp/bench10k.db import-bundle /tmp/bench10k.zip
//	/usr/bin/time -v claimctl --db /tmp/bench10k.db export --format pdf --out /tmp/10k.pdf
func TestWriteBenchBundle(t *testing.T) {
	if *benchBundle == "" {
		t.Skip("needs -benchbundle FILE")
	}
	data := benchData(10_000)
	files := map[string][]byte{}
	for i, s := range data.Sources { // snapshot files whose hashes match
		body := []byte(fmt.Sprintf("%%PDF-1.4 Statistischer Bericht %d", i))
		sum := sha256.Sum256(body)
		s.Snapshots[0].SHA256, s.Snapshots[0].Size = hex.EncodeToString(sum[:]), int64(len(body))
		files[s.Snapshots[0].SHA256] = body
	}
	f, err := os.Create(*benchBundle)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := report.WriteBundle(context.Background(), f, data, memSnapshots(files), nil); err != nil {
		t.Fatal(err)
	}
}
