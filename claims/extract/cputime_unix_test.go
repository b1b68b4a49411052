//go:build unix

package extract_test

import (
	"syscall"
	"time"
)

// cpuTime returns the processor time (user and system) the process has
// used so far, and true; benchmarks report it beside the wall time, which
// on a busy machine measures the other processes too.
func cpuTime() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
