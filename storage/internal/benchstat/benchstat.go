// Package benchstat holds the small statistics the storage benchmarks
// (storage/sqlite/internal/benchtool, storage/postgres/internal/pgbench)
// print: nearest-rank quantiles, milliseconds and the process's CPU time.
package benchstat

import (
	"sort"
	"syscall"
	"time"
)

// Quantile is the q-quantile of xs (nearest rank); xs is not changed.
func Quantile(xs []float64, q float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	i := int(q*float64(len(s))+0.999999) - 1
	return s[min(max(i, 0), len(s)-1)]
}

// MS is d in milliseconds.
func MS(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// CPUTime is the CPU time (user + system) this process used so far.
func CPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
