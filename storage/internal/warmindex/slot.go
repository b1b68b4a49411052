// Package warmindex keeps an in-memory search index beside a database, as
// storage/sqlite and storage/postgres do for ranked search (one per kind of
// search hit): built in the background on demand, answering only once it
// is ready and its owner has brought it up to date with the database
// (under the slot's lock, in the search's own transaction), rebuilt when
// it has fallen too far behind, and set aside for good when it cannot
// follow the database. Until it answers, the database's own full-text
// search does.
package warmindex

import (
	"context"
	"errors"
	"log"
	"sync"
)

// States of a slot.
const (
	idle     = iota // not built yet
	building        // a build runs
	ready           // answers searches
	off             // stands aside for good
)

// ErrRebuild, returned (wrapped) by a sync function, drops the index and
// starts building it again; the database answers meanwhile.
var ErrRebuild = errors.New("the search index is rebuilt")

// Slot holds one index of type T (the index and where it stands in the
// database's changes).
type Slot[T any] struct {
	name  string // what it indexes, for the log
	build func(ctx context.Context) (T, error)
	aside error // a build error wrapping it sets the slot aside for good

	mu    sync.Mutex
	cur   T
	state int
	why   string        // why it stands aside (off)
	done  chan struct{} // closed when the running build ends

	bypass   bool // let the database answer every search (tests, measurements)
	answered int  // searches the index answered

	ctx    context.Context // ends with Close
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// New returns an empty slot whose index build makes; a build error
// wrapping aside sets the slot aside for good (the index cannot answer as
// the database does), any other is retried by the next search.
func New[T any](name string, aside error, build func(ctx context.Context) (T, error)) *Slot[T] {
	ctx, cancel := context.WithCancel(context.Background())
	return &Slot[T]{name: name, build: build, aside: aside, ctx: ctx, cancel: cancel}
}

// Close stops a running build and waits for it.
func (s *Slot[T]) Close() {
	s.cancel()
	s.wg.Wait()
}

// Prepare starts building the index in the background unless a build
// runs or the index is ready or set aside.
func (s *Slot[T]) Prepare() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.start()
}

// start begins a build; s.mu is held.
func (s *Slot[T]) start() {
	if s.state != idle || s.ctx.Err() != nil {
		return
	}
	s.state, s.done = building, make(chan struct{})
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		cur, err := s.build(s.ctx)
		s.mu.Lock()
		defer s.mu.Unlock()
		var zero T
		switch {
		case errors.Is(err, s.aside):
			s.state, s.why, s.cur = off, err.Error(), zero
			log.Printf("claimdesk: ranked search of the %s by the database only: %v", s.name, err)
		case err != nil:
			s.state, s.cur = idle, zero // tried again by the next search
			if s.ctx.Err() == nil {
				log.Printf("claimdesk: building the search index of the %s: %v", s.name, err)
			}
		default:
			s.state, s.cur = ready, cur
		}
		close(s.done)
	}()
}

// Sync runs fn on the ready index under the slot's lock: fn brings it up
// to date with the database as a transaction sees it (ok false: it cannot
// now, the database answers). When the index is not ready, Sync starts a
// build and returns false without calling fn; when fn fails with
// ErrRebuild, the index is dropped and built again, and Sync returns
// false and no error.
func (s *Slot[T]) Sync(fn func(cur *T) (ok bool, err error)) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.sync(fn)
}

// sync is Sync with the slot's lock held.
func (s *Slot[T]) sync(fn func(cur *T) (bool, error)) (bool, error) {
	if s.state != ready {
		s.start()
		return false, nil
	}
	ok, err := fn(&s.cur)
	if errors.Is(err, ErrRebuild) {
		log.Printf("claimdesk: rebuilding the search index of the %s: %v", s.name, err)
		var zero T
		s.state, s.cur = idle, zero
		s.start()
		return false, nil
	}
	return ok && err == nil, err
}

// Peek runs fn on the ready index under the slot's lock, to read from it
// (where it stands, say); it reports whether the index was ready. It
// starts no build.
func (s *Slot[T]) Peek(fn func(cur *T)) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.state != ready || s.bypass {
		return false
	}
	fn(&s.cur)
	return true
}

// Answer is Sync for a search: fn brings the index up to date and
// answers; a true ok counts as a search the index answered. With the
// bypass on, it returns false without calling fn.
func (s *Slot[T]) Answer(fn func(cur *T) (ok bool, err error)) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.bypass {
		return false, nil
	}
	ok, err := s.sync(fn)
	if ok {
		s.answered++
	}
	return ok, err
}

// Wait builds the index if needed and waits for it, then brings it up
// to date by catchUp (which calls Sync in a transaction of its own) until
// that succeeds; it returns why the index stands aside, if it does (""
// when it answers searches).
func (s *Slot[T]) Wait(ctx context.Context, catchUp func(ctx context.Context) (bool, error)) (string, error) {
	for builds := 0; ; {
		s.mu.Lock()
		if s.state == off {
			defer s.mu.Unlock()
			return s.why, nil
		}
		if s.state == idle {
			if builds++; builds > 2 {
				s.mu.Unlock()
				return "the index of the " + s.name + " could not be built", nil
			}
			s.start()
		}
		if s.state == building {
			done := s.done
			s.mu.Unlock()
			select {
			case <-done:
				continue
			case <-ctx.Done():
				return "", ctx.Err()
			}
		}
		s.mu.Unlock()
		if ok, err := catchUp(ctx); err != nil || ok {
			return "", err
		}
	}
}

// SetBypass makes the database answer every search (on), for tests that
// compare both and for measuring the database alone; no build starts
// while it is on.
func (s *Slot[T]) SetBypass(on bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.bypass = on
}

// Answered returns the number of searches the index answered.
func (s *Slot[T]) Answered() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.answered
}
