package warmindex

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"testing"
)

var errAside = errors.New("aside")

// counter builds an index that is the number of builds so far.
func counter(builds *atomic.Int32, fail error) func(context.Context) (int, error) {
	return func(context.Context) (int, error) {
		n := int(builds.Add(1))
		if fail != nil {
			return 0, fail
		}
		return n, nil
	}
}

// catchUp is a Wait callback that syncs without changing the index.
func catchUp(s *Slot[int]) func(context.Context) (bool, error) {
	return func(context.Context) (bool, error) {
		return s.Sync(func(*int) (bool, error) { return true, nil })
	}
}

func TestSlotBuildsAnswersAndRebuilds(t *testing.T) {
	var builds atomic.Int32
	s := New("rows", errAside, counter(&builds, nil))
	defer s.Close()
	answer := func() (int, bool) {
		got := 0
		ok, err := s.Answer(func(cur *int) (bool, error) { got = *cur; return true, nil })
		if err != nil {
			t.Fatal(err)
		}
		return got, ok
	}
	if why, err := s.Wait(context.Background(), catchUp(s)); why != "" || err != nil {
		t.Fatalf("Wait: %q, %v", why, err)
	}
	if got, ok := answer(); !ok || got != 1 {
		t.Fatalf("first answer: %d, %v", got, ok)
	}
	s.Prepare() // ready: no second build
	if got, ok := answer(); !ok || got != 1 || s.Answered() != 2 {
		t.Fatalf("after Prepare: %d, %v, %d answered", got, ok, s.Answered())
	}
	s.SetBypass(true)
	if _, ok := answer(); ok {
		t.Fatal("answered with the bypass on")
	}
	s.SetBypass(false)
	// An index that fell behind is rebuilt; the database answers meanwhile.
	ok, err := s.Answer(func(*int) (bool, error) { return true, fmt.Errorf("%w: behind", ErrRebuild) })
	if ok || err != nil {
		t.Fatalf("rebuild: %v, %v", ok, err)
	}
	if why, err := s.Wait(context.Background(), catchUp(s)); why != "" || err != nil {
		t.Fatalf("Wait: %q, %v", why, err)
	}
	if got, ok := answer(); !ok || got != 2 {
		t.Fatalf("after the rebuild: %d, %v", got, ok)
	}
	// Other errors go to the caller and leave the index in place.
	boom := errors.New("boom")
	if ok, err := s.Answer(func(*int) (bool, error) { return false, boom }); ok || !errors.Is(err, boom) {
		t.Fatalf("error: %v, %v", ok, err)
	}
	if got, ok := answer(); !ok || got != 2 || builds.Load() != 2 {
		t.Fatalf("after an error: %d, %v, %d builds", got, ok, builds.Load())
	}
}

func TestSlotStandsAside(t *testing.T) {
	var builds atomic.Int32
	s := New("rows", errAside, counter(&builds, fmt.Errorf("%w: no log", errAside)))
	defer s.Close()
	why, err := s.Wait(context.Background(), catchUp(s))
	if err != nil || why == "" {
		t.Fatalf("Wait: %q, %v; want a reason", why, err)
	}
	if ok, _ := s.Answer(func(*int) (bool, error) { return true, nil }); ok || builds.Load() != 1 {
		t.Fatalf("answered %v, %d builds; want the database and no second build", ok, builds.Load())
	}
}

func TestSlotGivesUpAfterFailedBuilds(t *testing.T) {
	var builds atomic.Int32
	s := New("rows", errAside, counter(&builds, errors.New("server gone")))
	defer s.Close()
	why, err := s.Wait(context.Background(), catchUp(s))
	if err != nil || why == "" || builds.Load() != 2 {
		t.Fatalf("Wait: %q, %v after %d builds", why, err, builds.Load())
	}
}
