package app

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"claimdesk/claims"
	"claimdesk/storage/sqlite"
)

// benchClaims is the size of the desktop benchmark database.
const benchClaims = 100000

// benchWords feed the generated claim texts.
var benchWords = strings.Fields(`Regierung Bundestag Inflation Prozent Millionen Euro Milliarden
	Kanzler Ministerin Haushalt Schulden Renten Mieten Fernwärme Strompreis Gaspreis Arbeitslosigkeit
	Wachstum Export Import Zentralasien Kasachstan Usbekistan Blinken Außenminister Vereinte Nationen
	Resolution Abstimmung Ukraine Russland China Handel Investitionen Sanktionen Flüchtlinge Grenze
	government unemployment inflation percent million billion minister budget debt pensions rents
	growth exports imports election turnout survey statistics hospital school police crime climate`)

// benchText returns the i-th generated claim text (about 150 bytes).
func benchText(r *rand.Rand, i int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Nr. %d: ", i)
	for b.Len() < 140 {
		b.WriteString(benchWords[r.IntN(len(benchWords))])
		b.WriteByte(' ')
		if r.IntN(5) == 0 {
			fmt.Fprintf(&b, "%d ", r.IntN(1000))
		}
	}
	return strings.TrimSpace(b.String()) + "."
}

// benchDB returns the path of a database of benchClaims claims: the one
// named by $CLAIMDESK_BENCH_DB (created when missing), else a new one in
// a temporary directory.
func benchDB(tb testing.TB) string {
	path := os.Getenv("CLAIMDESK_BENCH_DB")
	if path == "" {
		path = filepath.Join(tb.TempDir(), "bench.db")
	}
	if _, err := os.Stat(path); err == nil {
		return path
	}
	db, err := sqlite.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer db.Close()
	svc := db.Services()
	ctx := claims.WithActor(tb.Context(), "bench")
	r := rand.New(rand.NewPCG(1, 2))
	for start := 0; start < benchClaims; start += 10000 {
		cs := make([]*claims.Claim, 0, 10000)
		for i := start; i < start+10000; i++ {
			cs = append(cs, &claims.Claim{Text: benchText(r, i), Claimant: benchWords[r.IntN(len(benchWords))],
				Status: claims.Statuses[r.IntN(len(claims.Statuses))], Score: float64(r.IntN(100)) / 100})
		}
		if err := svc.Claims.CreateClaims(ctx, cs); err != nil {
			tb.Fatal(err)
		}
	}
	return path
}

// openBenchUI opens the window on the benchmark database with the test
// driver and waits until the first page of claims is in the list.
func openBenchUI(b *testing.B, path string) (*ui, func()) {
	db, err := sqlite.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	a := test.NewTempApp(b)
	uiMu.Lock()
	u := newUI(a, db.Services(), Options{Location: path})
	uiMu.Unlock()
	u.win.Resize(fyne.NewSize(1280, 800))
	u.wait()
	return u, func() { u.win.Close(); db.Close() }
}

// BenchmarkFirstFrame100k times New (window, views, preferences) until the
// first page of 100,000 claims, the counts and the first claim are loaded
// and the window has been rendered once by the test driver.
func BenchmarkFirstFrame100k(b *testing.B) {
	path := benchDB(b)
	b.ResetTimer()
	for range b.N {
		start := time.Now()
		u, closeFn := openBenchUI(b, path)
		uiMu.Lock()
		img := u.win.Canvas().Capture()
		uiMu.Unlock()
		elapsed := time.Since(start)
		if u.shell.claims.total != benchClaims || img.Bounds().Dx() == 0 {
			b.Fatalf("total = %d", u.shell.claims.total)
		}
		b.ReportMetric(float64(elapsed.Milliseconds()), "ms/first-frame")
		b.StopTimer()
		closeFn()
		b.StartTimer()
	}
}

// BenchmarkTypeSearch100k gives the Claims view a query per letter of a
// word (as the search box does after its pause) and times each answer:
// until the list shows the new first page (keystroke-to-list) and until
// the counts per status are in as well (keystroke).
func BenchmarkTypeSearch100k(b *testing.B) {
	path := benchDB(b)
	u, closeFn := openBenchUI(b, path)
	defer closeFn()
	v := u.shell.claims
	words := []string{"Fernwärme", "Kasachstan", "pensions", "Inflation Prozent", "Zentralasien 42"}
	var worst, sum, pageSum time.Duration
	var shown time.Time
	v.pageShown = func() { shown = time.Now() }
	keys := 0
	b.ResetTimer()
	for i := range b.N {
		w := []rune(words[i%len(words)])
		for n := 1; n <= len(w); n++ {
			start := time.Now()
			uiMu.Lock()
			v.setQuery(string(w[:n]))
			uiMu.Unlock()
			u.wait()
			d := time.Since(start)
			worst, sum, keys = max(worst, d), sum+d, keys+1
			pageSum += shown.Sub(start)
		}
		uiMu.Lock()
		v.setQuery("")
		uiMu.Unlock()
		u.wait()
	}
	b.ReportMetric(float64(worst.Milliseconds()), "ms/worst-keystroke")
	b.ReportMetric(float64(sum.Milliseconds())/float64(keys), "ms/keystroke")
	b.ReportMetric(float64(pageSum.Milliseconds())/float64(keys), "ms/keystroke-to-list")
}

// BenchmarkTypeInSearchBox100k types a word into the search box at 8 keys a
// second, as a person does, and times from the last key until the list
// shows the answer (150 ms pause of the debounce included).
func BenchmarkTypeInSearchBox100k(b *testing.B) {
	path := benchDB(b)
	u, closeFn := openBenchUI(b, path)
	defer closeFn()
	s := u.shell
	words := []string{"Fernwärme", "Kasachstan", "pensions", "Inflation Prozent", "Zentralasien 42"}
	var sum time.Duration
	b.ResetTimer()
	for i := range b.N {
		for _, r := range words[i%len(words)] {
			uiMu.Lock()
			test.Type(s.query, string(r))
			uiMu.Unlock()
			time.Sleep(125 * time.Millisecond)
		}
		start := time.Now().Add(-125 * time.Millisecond)
		u.wait()
		sum += time.Since(start)
		if !strings.Contains(*s.claims.filter.Query, words[i%len(words)]) {
			b.Fatalf("query = %q", *s.claims.filter.Query)
		}
		uiMu.Lock()
		s.query.SetText("")
		uiMu.Unlock()
		u.wait()
	}
	b.ReportMetric(float64(sum.Milliseconds())/float64(b.N), "ms/after-last-key")
}
