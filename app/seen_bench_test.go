//go:build unix

package app

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"claimdesk/archive"
	"claimdesk/claims"
	"claimdesk/claims/extract"
	"claimdesk/claims/match"
	"claimdesk/desk"
	"claimdesk/storage/sqlite"
)

// BenchmarkSeenSuggestions measures what the reader's seen-before marks add
// to importing an article: its suggestions (at the default threshold)
// matched against an archive, as the reader does off the UI goroutine. The
// archive (any format archive import reads) is in $CLAIMDESK_SEEN_ARCHIVE,
// the article (plain text, title on the first line) in
// $CLAIMDESK_SEEN_ARTICLE; without them the benchmark is skipped. It
// reports, besides the time per op (matching every suggestion once), the
// CPU per op, the extraction time of the same article (the import's own
// work) and the one-off time to build the in-memory index of the archive.
func BenchmarkSeenSuggestions(b *testing.B) {
	archPath, artPath := os.Getenv("CLAIMDESK_SEEN_ARCHIVE"), os.Getenv("CLAIMDESK_SEEN_ARTICLE")
	if archPath == "" || artPath == "" {
		b.Skip("set CLAIMDESK_SEEN_ARCHIVE and CLAIMDESK_SEEN_ARTICLE")
	}
	seen, indexMS := benchSeen(b, archPath)
	text, err := os.ReadFile(artPath)
	if err != nil {
		b.Fatal(err)
	}
	title, body, _ := strings.Cut(string(text), "\n")
	a := &claims.Article{ID: "bench", Title: title, Body: strings.TrimSpace(body), Language: "en"}
	t0 := time.Now()
	units := desk.ArticleUnits(a, extractText)
	extractMS := float64(time.Since(t0).Microseconds()) / 1000
	var qs []seenQuery
	for _, unit := range suggestions(units, extract.DefaultThreshold) {
		qs = append(qs, seenQuery{unit: unit, text: units[unit].Text, claimant: units[unit].Claimant})
	}
	var found map[int]match.SeenMatch
	cpu0 := benchCPU()
	b.ResetTimer()
	for range b.N {
		found = matchSuggestions(seen, qs, nil)
	}
	b.StopTimer()
	veryLikely := 0
	for _, m := range found {
		if m.Level == match.LevelVeryLikely {
			veryLikely++
		}
	}
	b.ReportMetric(indexMS, "index-ms")
	b.ReportMetric(float64(seen.Len()), "records")
	b.ReportMetric(float64(veryLikely), "very-likely")
	b.ReportMetric(float64((benchCPU()-cpu0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
	b.ReportMetric(extractMS, "extract-ms")
	b.ReportMetric(float64(len(strings.Fields(a.Body))), "words")
	b.ReportMetric(float64(len(qs)), "suggestions")
	b.ReportMetric(float64(len(found)), "marked")
}

// benchSeen imports the archive at path into a new database and builds the
// matcher over it, returning it and the milliseconds it took to build.
func benchSeen(b *testing.B, path string) (*match.Seen, float64) {
	b.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	imp, err := archive.Parse("", filepath.Base(path), data)
	if err != nil {
		b.Fatal(err)
	}
	db, err := sqlite.Open(filepath.Join(b.TempDir(), "seen.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = db.Close() })
	ctx := claims.WithActor(b.Context(), "bench")
	svc := db.Services()
	if _, err := svc.Archives.ImportArchive(ctx, imp); err != nil {
		b.Fatal(err)
	}
	t0 := time.Now()
	seen, err := match.LoadSeen(ctx, svc.Archives)
	if err != nil {
		b.Fatal(err)
	}
	return seen, float64(time.Since(t0).Microseconds()) / 1000
}

// benchCPU returns the CPU time the process used so far.
func benchCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
