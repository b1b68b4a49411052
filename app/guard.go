package app

import (
	"fmt"
	"log"
	"runtime/debug"
	"sync"
	"sync/atomic"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// This file holds the generic UI helpers: running work off the UI goroutine,
// serialising UI updates, and the safety net that keeps a panic in a UI
// callback from closing the window with the checker's work.

// uiMu serialises the UI updates of background jobs. In the running app
// they all run on the UI goroutine anyway; Fyne's test driver runs fyne.Do
// callbacks on the calling goroutine, and the lock keeps them from
// overlapping with each other and with a test's own actions.
var uiMu sync.Mutex

// jobs counts the background jobs of every window of the process: tests
// wait for it to reach zero before the next test loads translations or
// builds a window (a job left from one test must not run into the next).
var jobs struct {
	mu   sync.Mutex
	zero sync.Cond // on mu; signalled when n drops to zero
	n    int
}

// init puts the jobs count's condition variable on its mutex.
func init() { jobs.zero.L = &jobs.mu }

// jobStarted counts one more background job.
func jobStarted() {
	jobs.mu.Lock()
	jobs.n++
	jobs.mu.Unlock()
}

// jobEnded counts one background job less and wakes waitAllJobs when none
// is left.
func jobEnded() {
	jobs.mu.Lock()
	if jobs.n--; jobs.n == 0 {
		jobs.zero.Broadcast()
	}
	jobs.mu.Unlock()
}

// waitAllJobs blocks until no background job of any window runs.
func waitAllJobs() {
	jobs.mu.Lock()
	defer jobs.mu.Unlock()
	for jobs.n > 0 {
		jobs.zero.Wait()
	}
}

// runJob runs work off the UI goroutine, then done (may be nil) on it. The
// job is counted in ui.busy, so ui.wait returns after done has run (and in
// jobs). A panic in done is caught like one in any UI callback.
func runJob(u *ui, work func(), done func()) {
	u.busy.Add(1)
	jobStarted()
	go func() {
		defer jobEnded()
		defer u.busy.Done()
		if !workSafely(u, work) {
			return
		}
		if done != nil {
			fyne.DoAndWait(func() {
				uiMu.Lock()
				defer uiMu.Unlock()
				defer u.recoverUI("background update")
				defer timeUI("background update")()
				done()
			})
		}
	}()
}

// workSafely runs work and reports whether it returned. A panic in it (a
// defect in the extraction of an imported text, say) is caught, logged and
// told on the UI goroutine like one in a UI callback, so the window and
// the checker's unsaved edits stay; the job's done is then not run, as
// what it shows was not made.
func workSafely(u *ui, work func()) (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			stack := debug.Stack()
			fyne.DoAndWait(func() {
				uiMu.Lock()
				defer uiMu.Unlock()
				reportPanic(u, "background work", r, stack)
			})
		}
	}()
	work()
	return true
}

// background runs work off the UI goroutine and then done on it. done may be
// nil. Storage calls belong in work; widget changes belong in done. It is
// runJob: done holds uiMu, which serialises UI updates under the test driver
// (where fyne.Do runs on the calling goroutine).
func (u *ui) background(work func(), done func()) { runJob(u, work, done) }

// doUI runs fn on the UI goroutine without waiting (progress updates).
func doUI(fn func()) {
	fyne.Do(func() {
		uiMu.Lock()
		defer uiMu.Unlock()
		defer recoverUI(nil, "progress update")
		defer timeUI("progress update")()
		fn()
	})
}

// onUI runs fn on the UI goroutine and waits, holding uiMu like runJob.
func onUI(fn func()) {
	fyne.DoAndWait(func() {
		uiMu.Lock()
		defer uiMu.Unlock()
		defer recoverUI(nil, "update")
		defer timeUI("update")()
		fn()
	})
}

// panics counts the panics caught in UI callbacks since the start; tests
// check that it stays zero.
var panics atomic.Int64

// safe returns fn wrapped so that a panic in it is caught: logged with its
// stack and told in plain words, while the window stays open. Wrap the
// callbacks that widgets call (OnTapped, OnSelected, shortcuts).
func (u *ui) safe(where string, fn func()) func() {
	return func() {
		defer u.recoverUI(where)
		defer timeUI(where)()
		fn()
	}
}

// safeID is safe for callbacks that take a list row.
func (u *ui) safeID(where string, fn func(widget.ListItemID)) func(widget.ListItemID) {
	return func(id widget.ListItemID) {
		defer u.recoverUI(where)
		defer timeUI(where)()
		fn(id)
	}
}

// safeOK is safe for dialog callbacks, which take whether the person
// confirmed.
func (u *ui) safeOK(where string, fn func(bool)) func(bool) {
	return func(ok bool) {
		defer u.recoverUI(where)
		defer timeUI(where)()
		fn(ok)
	}
}

// safeText is safe for callbacks that take a text (OnChanged, OnSubmitted).
func (u *ui) safeText(where string, fn func(string)) func(string) {
	return func(s string) {
		defer u.recoverUI(where)
		defer timeUI(where)()
		fn(s)
	}
}

// safe2 is safe for callbacks with two arguments: a list's UpdateItem, a
// file dialog's callback.
func safe2[A, B any](u *ui, where string, fn func(A, B)) func(A, B) {
	return func(a A, b B) {
		defer u.recoverUI(where)
		defer timeUI(where)()
		fn(a, b)
	}
}

// recoverUI is deferred by UI callbacks: it catches a panic, logs it with
// the stack and tells the person. Nothing is closed or discarded: edits stay
// in the fields, the window stays open.
func (u *ui) recoverUI(where string) {
	if r := recover(); r != nil {
		reportPanic(u, where, r, debug.Stack())
	}
}

// recoverUI without a window: the panic is logged only.
func recoverUI(u *ui, where string) {
	if r := recover(); r != nil {
		reportPanic(u, where, r, debug.Stack())
	}
}

// reportPanic logs a caught panic and shows a message when there is a
// window. It runs on the UI goroutine.
func reportPanic(u *ui, where string, r any, stack []byte) {
	panics.Add(1)
	log.Printf("claimdesk: internal error in %s: %v\n%s", where, r, stack)
	if u == nil || u.win == nil {
		return
	}
	msg := lang.L("Claimdesk ran into an internal error. The window stays open and nothing you typed was discarded: save your edits, then carry on.") +
		"\n\n" + lang.L("If it happens again, please report it with the log.") + "\n\n" + fmt.Sprint(r)
	text := &widget.Label{Text: msg, Wrapping: fyne.TextWrapWord}
	d := dialog.NewCustom(lang.L("Something went wrong"), lang.L("OK"), text, u.win)
	d.Resize(fyne.NewSize(460, 0))
	d.Show()
}

// wait blocks until every background job has finished (used by tests).
func (u *ui) wait() { u.busy.Wait() }
