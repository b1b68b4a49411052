//go:build unix

package importer

import (
	"os"
	"syscall"
)

// openNoBlock opens path read-only without waiting: O_NONBLOCK makes the
// open of a FIFO return at once (the caller then refuses it); it has no
// effect on reading a regular file. O_NOCTTY keeps a terminal device from
// becoming the controlling terminal.
func openNoBlock(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK|syscall.O_NOCTTY, 0)
}
