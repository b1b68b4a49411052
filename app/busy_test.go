package app

import (
	"sync/atomic"
	"testing"
	"time"
)

// TestBusyCountWaitsForZero: Wait returns only after every job is done.
func TestBusyCountWaitsForZero(t *testing.T) {
	var b busyCount
	var finished atomic.Int32
	b.Add(2)
	for i := 0; i < 2; i++ {
		go func() {
			time.Sleep(20 * time.Millisecond)
			finished.Add(1)
			b.Done()
		}()
	}
	b.Wait()
	if n := finished.Load(); n != 2 {
		t.Fatalf("Wait returned with %d of 2 jobs finished", n)
	}
	b.Wait() // at zero: returns at once
}

// TestBusyCountAddWhileWaiting: jobs started from zero on another goroutine
// while Wait runs — what a server's change notice does during a test's
// wait — neither panic nor race (a sync.WaitGroup does both under -race:
// "WaitGroup is reused before previous Wait has returned").
func TestBusyCountAddWhileWaiting(t *testing.T) {
	var b busyCount
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case <-stop:
				return
			default:
			}
			b.Add(1)
			b.Done()
		}
	}()
	for i := 0; i < 2000; i++ {
		b.Wait()
	}
	close(stop)
	<-done
	b.Wait()
}

// TestBusyCountBelowZeroPanics: a Done without its Add is a bug, said at once.
func TestBusyCountBelowZeroPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Fatal("Done on a zero count did not panic")
		}
	}()
	var b busyCount
	b.Done()
}
