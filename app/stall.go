package app

import (
	"log"
	"os"
	"strconv"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
)

// EnvStallLog names the environment variable that turns on the stall log:
// a number of milliseconds; every time the UI goroutine was busy at least
// that long, a line "claimdesk: UI stalled N ms" goes to the log. It is how
// the window's responsiveness is measured on large databases (a stall is
// work on the UI goroutine that keeps it from drawing and taking input).
const EnvStallLog = "CLAIMDESK_STALL_MS"

// slowCallback is the stall log's threshold for the app's own UI callbacks,
// in nanoseconds; 0 (the default) turns their timing off.
var slowCallback atomic.Int64

// stallProbeEvery is the pause between two probes of the UI goroutine.
const stallProbeEvery = 10 * time.Millisecond

// startStallLog starts the stall log when EnvStallLog asks for it.
func startStallLog() {
	ms, err := strconv.Atoi(os.Getenv(EnvStallLog))
	if err != nil || ms <= 0 {
		return
	}
	log.Printf("claimdesk: stall log on: UI stalls and callbacks of %d ms or more are logged", ms)
	slowCallback.Store(int64(ms) * int64(time.Millisecond))
	go probeStalls(fyne.Do, time.Duration(ms)*time.Millisecond, nil, func(d time.Duration, worst time.Duration) {
		log.Printf("claimdesk: UI stalled %d ms (worst so far %d ms)", d.Milliseconds(), worst.Milliseconds())
	})
}

// timeUI starts timing the UI callback where; the function it returns logs
// the callback when it took at least the stall log's threshold. Deferred by
// every guarded callback, it tells the app's own work on the UI goroutine
// apart from drawing, which the probe counts too. Off, it costs one load.
func timeUI(where string) func() {
	limit := time.Duration(slowCallback.Load())
	if limit == 0 {
		return func() {}
	}
	start, cpu := time.Now(), threadCPU()
	return func() {
		if d := time.Since(start); d >= limit {
			log.Printf("claimdesk: UI callback %q took %d ms (CPU %d ms)", where, d.Milliseconds(), (threadCPU() - cpu).Milliseconds())
		}
	}
}

// probeStalls hands an empty function to do (which runs it on the UI
// goroutine) again and again, and calls report with the time it took to
// run whenever that was at least threshold, with the worst time so far.
// It returns when stop is closed (nil: never).
func probeStalls(do func(func()), threshold time.Duration, stop <-chan struct{}, report func(d, worst time.Duration)) {
	var worst time.Duration
	for {
		select {
		case <-stop:
			return
		case <-time.After(stallProbeEvery):
		}
		start := time.Now()
		ran := make(chan struct{})
		do(func() { close(ran) })
		<-ran
		d := time.Since(start)
		if d > worst {
			worst = d
		}
		if d >= threshold {
			report(d, worst)
		}
	}
}
