package app

import (
	"bytes"
	"log"
	"os"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestProbeStallsReportsOnlyLongStalls runs the probe against a fake UI
// goroutine that is busy for 150 ms once: exactly that stall is reported.
func TestProbeStallsReportsOnlyLongStalls(t *testing.T) {
	calls := 0
	busy := func(f func()) {
		calls++
		if calls != 3 {
			f() // at once: no scheduling delay to mistake for a stall
			return
		}
		go func() {
			time.Sleep(150 * time.Millisecond)
			f()
		}()
	}
	stop := make(chan struct{})
	var mu sync.Mutex
	var got []time.Duration
	done := make(chan struct{})
	go func() {
		probeStalls(busy, 100*time.Millisecond, stop, func(d, worst time.Duration) {
			mu.Lock()
			got = append(got, d)
			mu.Unlock()
			if worst < d {
				t.Errorf("worst %v below the stall %v", worst, d)
			}
		})
		close(done)
	}()
	time.Sleep(400 * time.Millisecond)
	close(stop)
	<-done
	mu.Lock()
	defer mu.Unlock()
	if len(got) != 1 || got[0] < 150*time.Millisecond {
		t.Fatalf("reported %v, want one stall of at least 150 ms", got)
	}
}

// TestTimeUILogsSlowCallbacks: with a threshold set, a guarded callback that
// takes longer is logged by name and a quick one is not; off, nothing is.
func TestTimeUILogsSlowCallbacks(t *testing.T) {
	var buf bytes.Buffer
	log.SetOutput(&buf)
	defer log.SetOutput(os.Stderr)
	defer slowCallback.Store(0)
	u := &ui{}
	slowCallback.Store(int64(20 * time.Millisecond))
	u.safe("slow one", func() { time.Sleep(30 * time.Millisecond) })()
	u.safe("quick one", func() {})()
	slowCallback.Store(0)
	u.safe("slow but off", func() { time.Sleep(30 * time.Millisecond) })()
	out := buf.String()
	if !strings.Contains(out, `"slow one" took`) || strings.Contains(out, "quick one") || strings.Contains(out, "off") {
		t.Fatalf("log:\n%s", out)
	}
}
