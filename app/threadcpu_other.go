//go:build !linux

package app

import "time"

// threadCPU is not measured on this system: 0.
func threadCPU() time.Duration { return 0 }
