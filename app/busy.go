package app

import "sync"

// busyCount counts a window's running background jobs. Unlike a
// sync.WaitGroup it may be raised from zero while another goroutine waits:
// a server's change notice starts a reload (Add) on the watcher's goroutine
// at any moment, also while a test or a data-location switch is in Wait.
// Wait returns once the count is zero; jobs added after that are not waited
// for. The zero value is ready to use.
type busyCount struct {
	mu   sync.Mutex
	zero *sync.Cond // on mu, made on first use; broadcast when n drops to zero
	n    int
}

// cond returns the condition variable on mu, making it on first use.
func (b *busyCount) cond() *sync.Cond {
	if b.zero == nil {
		b.zero = sync.NewCond(&b.mu)
	}
	return b.zero
}

// Add raises (or with a negative delta lowers) the count.
func (b *busyCount) Add(delta int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.n += delta
	if b.n < 0 {
		panic("app: busyCount below zero")
	}
	if b.n == 0 {
		b.cond().Broadcast()
	}
}

// Done lowers the count by one.
func (b *busyCount) Done() { b.Add(-1) }

// Wait blocks until the count is zero.
func (b *busyCount) Wait() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for b.n > 0 {
		b.cond().Wait()
	}
}
