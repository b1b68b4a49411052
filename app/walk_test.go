package app

import (
	"context"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
)

// The randomized UI walk: thousands of random actions of a checker over
// every view of the whole window, on a real SQLite database, checking the
// invariants of issue 9 after every step. `make test` runs a short walk
// (30 steps, at most 6 seconds); longer walks:
//
//	go test ./app/ -run TestUIWalk -walk.steps=5000 -walk.time=10m
//
// The seed is printed on failure; -walk.seed=N (or CLAIMDESK_WALK_SEED)
// repeats a walk.
var (
	walkSteps = flag.Int("walk.steps", 0, "steps of TestUIWalk (default 30, or CLAIMDESK_WALK_STEPS)")
	walkSeed  = flag.Int64("walk.seed", 0, "seed of TestUIWalk (default: the time, or CLAIMDESK_WALK_SEED)")
	walkTime  = flag.Duration("walk.time", 6*time.Second, "time bound of TestUIWalk")
)

// walkWindow is the window's size during a walk: a small screen's.
var walkWindow = smallWindow

// walker drives one walk.
type walker struct {
	t     *testing.T
	f     *shellFixture
	rnd   *rand.Rand
	seed  int64
	step  int
	trace []string // the last actions, for the failure message
	spent map[string]time.Duration
	count map[string]int
	// chosen holds the verdicts the walker chose in the editor, by claim ID.
	chosen map[string]map[string]bool
}

// walkSetting returns the flag value, else the environment's, else def.
func walkSetting(flagVal int64, env string, def int64) int64 {
	if flagVal != 0 {
		return flagVal
	}
	if v, err := strconv.ParseInt(os.Getenv(env), 10, 64); err == nil && v != 0 {
		return v
	}
	return def
}

func TestUIWalk(t *testing.T) {
	steps := int(walkSetting(int64(*walkSteps), "CLAIMDESK_WALK_STEPS", 30))
	seed := walkSetting(*walkSeed, "CLAIMDESK_WALK_SEED", time.Now().UnixNano())
	f := newShellFixture(t)
	t.Cleanup(func() { switchLanguage("") })
	w := &walker{t: t, f: f, rnd: rand.New(rand.NewSource(seed)), seed: seed,
		spent: map[string]time.Duration{}, count: map[string]int{}}
	t.Logf("TestUIWalk seed %d (repeat with -walk.seed=%d), %d steps at most", seed, seed, steps)
	f.do(func() { f.u.win.Resize(walkWindow) })
	start, panicsBefore := time.Now(), panics.Load()
	bound := *walkTime
	if d, ok := t.Deadline(); ok && time.Until(d)-time.Minute < bound {
		bound = max(time.Until(d)-time.Minute, time.Second) // end before go test's -timeout
	}
	actions := walkActions()
	for w.step = 1; w.step <= steps; w.step++ {
		if time.Since(start) > bound {
			t.Logf("time bound %v reached after %d steps", bound.Round(time.Second), w.step-1)
			break
		}
		if testing.Verbose() && w.step%500 == 0 {
			t.Logf("step %d after %v", w.step, time.Since(start).Round(time.Second))
		}
		a := actions[w.rnd.Intn(len(actions))]
		w.note("%s", a.name)
		t0 := time.Now()
		a.run(w)
		w.closeDialogs()
		w.spent[a.name] += time.Since(t0)
		w.count[a.name]++
		if n := panics.Load() - panicsBefore; n > 0 {
			w.fail("%d panics caught in UI callbacks (see the log)", n)
		}
		w.checkInvariants()
		w.checkFocusRing()
	}
	t.Logf("TestUIWalk: %d steps in %v", min(w.step, steps+1)-1, time.Since(start).Round(time.Millisecond))
	if testing.Verbose() {
		for name, n := range w.count {
			t.Logf("  %-26s %5d × %v", name, n, (w.spent[name] / time.Duration(n)).Round(time.Microsecond))
		}
	}
}

// note records an action in the trace.
func (w *walker) note(format string, args ...any) {
	w.trace = append(w.trace, fmt.Sprintf("%d: %s", w.step, fmt.Sprintf(format, args...)))
	if len(w.trace) > 40 {
		w.trace = w.trace[1:]
	}
}

// fail stops the walk with the seed and the last actions.
func (w *walker) fail(format string, args ...any) {
	w.t.Helper()
	w.t.Fatalf("step %d (seed %d, repeat with -walk.seed=%d): %s\nlast actions:\n  %s",
		w.step, w.seed, w.seed, fmt.Sprintf(format, args...), strings.Join(w.trace, "\n  "))
}

// shell returns the current window frame (a language switch rebuilds it).
func (w *walker) shell() *shell { return w.f.u.shell }

// do runs an action as a UI event and waits for its background jobs.
func (w *walker) do(fn func()) { w.f.do(fn) }

// pick returns a random int in [0, n), or -1 when n is 0.
func (w *walker) pick(n int) int {
	if n <= 0 {
		return -1
	}
	return w.rnd.Intn(n)
}

// closeDialogs answers whatever dialog is open with a random one of its
// buttons (the unsaved-edits question gets each answer in turn), and
// closes menus.
func (w *walker) closeDialogs() {
	c := w.f.u.win.Canvas()
	for i := 0; i < 6; i++ {
		top := c.Overlays().Top()
		if top == nil {
			return
		}
		var buttons []*widget.Button
		collectButtons(top, &buttons)
		if len(buttons) == 0 {
			w.do(func() { c.Overlays().Remove(top) })
			continue
		}
		b := buttons[w.pick(len(buttons))]
		w.note("dialog %q: %s", firstLine(dialogText(top)), b.Text)
		w.do(func() { test.Tap(b) })
	}
	if c.Overlays().Top() != nil {
		w.fail("a dialog stays open: %q", dialogText(c.Overlays().Top()))
	}
}

// collectButtons appends the enabled, visible buttons inside o.
func collectButtons(o fyne.CanvasObject, out *[]*widget.Button) {
	if !o.Visible() {
		return
	}
	switch x := o.(type) {
	case *widget.Button:
		if !x.Disabled() && x.OnTapped != nil {
			*out = append(*out, x)
		}
		return
	case *fyne.Container:
		for _, k := range x.Objects {
			collectButtons(k, out)
		}
		return
	case fyne.Widget:
		if r := test.WidgetRenderer(x); r != nil {
			for _, k := range r.Objects() {
				collectButtons(k, out)
			}
		}
	}
}

// firstLine returns the first line of s.
func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return s
}

// checkInvariants checks what must hold after every step: the claims list
// marks the claim in the editor or none; the editor and the list show what
// storage holds; the reader's suggestions are sentences of its article; the
// Sources view marks the source it shows.
func (w *walker) checkInvariants() {
	s := w.shell()
	v, e := s.claims, s.claims.editor
	ctx := context.Background()
	if c := listedClaim(v); c != nil && c.ID != e.claimID() {
		w.fail("the claims list marks %q, the editor shows %q (new=%v)", c.Text, e.text.Text, e.isNew)
	}
	if e.claim != nil && e.dirty {
		if got, err := w.f.svc.Claims.FindClaimByID(ctx, e.claim.ID); err == nil {
			w.checkVerdictShown(got)
		}
	}
	if e.claim != nil && !e.dirty {
		got, err := w.f.svc.Claims.FindClaimByID(ctx, e.claim.ID)
		if err != nil {
			w.fail("the editor shows claim %s, storage: %v", e.claim.ID, err)
		}
		d, err := e.readFields()
		if err != nil {
			w.fail("the editor's fields do not read: %v", err)
		}
		if diff := claimDiff(&d.Claim, got); diff != "" {
			w.fail("the editor differs from storage: %s", diff)
		}
	}
	for p, page := range v.pages {
		for i, c := range page {
			got, err := w.f.svc.Claims.FindClaimByID(ctx, c.ID)
			if err != nil {
				w.fail("list row %d shows claim %s, storage: %v", p*claimPageSize+i, c.ID, err)
			}
			if got.Text != c.Text || got.Status != c.Status || got.RatingID != c.RatingID {
				w.fail("list row %d shows %q %s %s, storage holds %q %s %s", p*claimPageSize+i,
					c.Text, c.Status, c.RatingID, got.Text, got.Status, got.RatingID)
			}
		}
	}
	r := s.articles.reader
	for _, u := range r.suggested {
		if u < 0 || u >= len(r.units) {
			w.fail("suggestion %d beyond the %d sentences of %q", u, len(r.units), r.article.Title)
		}
	}
	if len(r.marks) != len(r.units) {
		w.fail("reader: %d marks for %d sentences", len(r.marks), len(r.units))
	}
	if m := w.f.u.win.Content().MinSize(); m.Width > walkWindow.Width || m.Height > walkWindow.Height {
		w.fail("the window needs %v, more than the %v it has: Fyne would grow it past a screen that size", m, walkWindow)
	}
	src := s.sources
	if src.list != nil && src.opening == "" {
		if row := listSelection(&src.list.List); row >= 0 && (src.current == nil || row >= len(src.items) || src.items[row].ID != src.current.ID) {
			w.fail("the Sources list marks row %d, the details show %v", row, src.current)
		}
	}
}

// claimDiff names the first field in which the editor's draft and the
// stored claim differ, "" when none does.
func claimDiff(d, c *claims.Claim) string {
	switch {
	case d.Text != c.Text:
		return fmt.Sprintf("text %q / %q", d.Text, c.Text)
	case d.Claimant != c.Claimant:
		return fmt.Sprintf("claimant %q / %q", d.Claimant, c.Claimant)
	case d.Status != c.Status:
		return fmt.Sprintf("status %q / %q", d.Status, c.Status)
	case d.RatingID != c.RatingID:
		return fmt.Sprintf("verdict %q / %q", d.RatingID, c.RatingID)
	case d.Rationale != c.Rationale:
		return fmt.Sprintf("rationale %q / %q", d.Rationale, c.Rationale)
	case strings.Join(d.Tags, ",") != strings.Join(c.Tags, ","):
		return fmt.Sprintf("tags %v / %v", d.Tags, c.Tags)
	}
	return ""
}
