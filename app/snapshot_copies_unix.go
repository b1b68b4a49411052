//go:build unix

package app

import (
	"errors"
	"os"
	"syscall"
)

// processRuns reports whether a process with the ID pid exists (signal 0
// checks without sending; a process of another user counts as running).
func processRuns(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	err = p.Signal(syscall.Signal(0))
	return err == nil || errors.Is(err, syscall.EPERM)
}
