package app

import (
	"context"
	"flag"
	"math/rand"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
)

// The randomized walk of the Seen before tab: a desk of six claims with
// similar texts (a bridge's cost, a town's libraries), some with verdicts,
// and a small archive; the walker links, dismisses and takes both back
// through the tab's own buttons (Undo, Ctrl+Z, Suggest again, Not the same
// after all), switches the language and the editor's tabs, and a colleague
// changes pairs and deletes claims straight through the store
// (walk_seen_colleague_test.go). After every step the invariants of
// checkSeenInvariants (walk_seen_check_test.go) must hold. `go test ./app/`
// runs a short walk; longer ones:
//
//	go test ./app/ -run TestSeenWalk -v -walk.steps=400 -walk.seed=3701
//
// The seed is printed on failure with the last actions.

// seenWalkArchive is the walk's archive: invented checks of the desk's two
// themes and one of neither.
const seenWalkArchive = "cid\ttext\ttitle\tverdict\tspeaker\tdate\turl\n" +
	"w1\tThe new Elm river bridge cost 40 million euros to build.\tBridge\tfalse\tMayor Ruth Kline\t2024-02-01\thttps://checks.example/elm-bridge\n" +
	"w2\tThe town's four libraries lend 200,000 books every year.\tLibraries\tmostly-true\tMayor Ruth Kline\t2024-03-05\thttps://checks.example/libraries\n" +
	"w3\tThe Elm river bridge cost twice its estimate of 20 million euros.\tEstimate\ttrue\tMayor Ruth Kline\t2024-04-11\thttps://checks.example/estimate\n" +
	"w4\tA viral post claims that drinking seawater cures the flu.\tFlu\tpants-fire\t\t2021-01-05\t\n"

// seenWalkClaims are the desk's claims; verdicts as conclusion or rating.
var seenWalkClaims = []struct{ text, conclusion, rating string }{
	{"The new bridge over the Elm river cost 40 million euros to build.", "", ""},
	{"The Elm river bridge cost 40 million euros, the mayor said.", "false", ""},
	{"Building the new Elm river bridge cost 40 million euros.", "", "politifact:false"},
	{"The town's four libraries lend 200,000 books a year.", "", ""},
	{"The four libraries of the town lent 200,000 books last year.", "true", ""},
	{"Each year the town's four libraries lend out 200,000 books.", "", ""},
}

// seenWalker drives one walk of the Seen before tab.
type seenWalker struct {
	*walker
	ids    []string             // the desk's claims
	made   int                  // claims made in place of deleted ones
	copied *seenWalkCopy        // the verdict the step copied, if any
	undone *seenWalkCopy        // the link whose copied verdict the step's Undo may take back
	before map[string][2]string // every claim's rating and conclusion before the step
}

// seenWalkCopy is a link that copied a verdict: into claimID from target;
// for one taken back by Undo, back to the verdict before it.
type seenWalkCopy struct {
	claimID string
	target  *claims.MatchTarget
	back    [2]string // rating and conclusion before the link
}

// seenWalkBound is the time bound of a walk: -walk.time when given, else
// six seconds for the short walk and none for one given its -walk.steps.
func seenWalkBound(t *testing.T, stepsGiven bool) time.Duration {
	bound := 6 * time.Second
	timeGiven := false
	flag.Visit(func(f *flag.Flag) { timeGiven = timeGiven || f.Name == "walk.time" })
	switch {
	case timeGiven:
		bound = *walkTime
	case stepsGiven:
		bound = time.Hour
	}
	if d, ok := t.Deadline(); ok && time.Until(d)-time.Minute < bound {
		bound = max(time.Until(d)-time.Minute, time.Second)
	}
	return bound
}

func TestSeenWalk(t *testing.T) {
	steps := int(walkSetting(int64(*walkSteps), "CLAIMDESK_WALK_STEPS", 40))
	seed := walkSetting(*walkSeed, "CLAIMDESK_WALK_SEED", time.Now().UnixNano())
	f := newShellFixture(t)
	t.Cleanup(func() { switchLanguage("") })
	w := &seenWalker{walker: &walker{t: t, f: f, rnd: rand.New(rand.NewSource(seed)), seed: seed,
		spent: map[string]time.Duration{}, count: map[string]int{}}}
	t.Logf("TestSeenWalk seed %d (repeat with -walk.seed=%d), %d steps at most", seed, seed, steps)
	f.do(func() { f.u.win.Resize(walkWindow) })
	w.setUp()
	bound := seenWalkBound(t, *walkSteps != 0 || os.Getenv("CLAIMDESK_WALK_STEPS") != "")
	start, panicsBefore := time.Now(), panics.Load()
	actions := seenWalkActions()
	for w.step = 1; w.step <= steps; w.step++ {
		if time.Since(start) > bound {
			t.Logf("time bound %v reached after %d steps", bound.Round(time.Second), w.step-1)
			break
		}
		a := actions[w.rnd.Intn(len(actions))]
		w.note("%s", a.name)
		w.copied, w.undone, w.before = nil, nil, w.verdicts()
		t0 := time.Now()
		a.run(w)
		w.answerDialogs()
		w.spent[a.name] += time.Since(t0)
		w.count[a.name]++
		if n := panics.Load() - panicsBefore; n > 0 {
			w.fail("%d panics caught in UI callbacks (see the log)", n)
		}
		w.checkSeenInvariants()
	}
	t.Logf("TestSeenWalk: %d steps in %v", min(w.step, steps+1)-1, time.Since(start).Round(time.Millisecond))
	if testing.Verbose() {
		for name, n := range w.count {
			t.Logf("  %-24s %5d × %v", name, n, (w.spent[name] / time.Duration(n)).Round(time.Microsecond))
		}
	}
}

// setUp imports the archive through the window and stores the claims.
func (w *seenWalker) setUp() {
	f := w.f
	path := filepath.Join(w.t.TempDir(), "walk.tsv")
	if err := os.WriteFile(path, []byte(seenWalkArchive), 0o644); err != nil {
		w.t.Fatal(err)
	}
	f.do(func() { f.s.importArchive(storage.NewFileURI(path)) })
	f.do(func() { f.topDialogButton("OK").OnTapped() })
	ctx := context.Background()
	for _, sc := range seenWalkClaims {
		c := &claims.Claim{Text: sc.text, Claimant: "Ruth Kline", Conclusion: sc.conclusion, RatingID: sc.rating}
		if err := f.svc.Claims.CreateClaim(ctx, c); err != nil {
			w.t.Fatal(err)
		}
		w.ids = append(w.ids, c.ID)
	}
	f.do(func() { f.u.seenChanged(); f.u.changed() })
}

// seenWalkAction is one kind of step.
type seenWalkAction struct {
	name string
	run  func(*seenWalker)
}

// seenWalkActions lists the steps, the common ones more than once.
func seenWalkActions() []seenWalkAction {
	return []seenWalkAction{
		{"open a claim", (*seenWalker).openClaim},
		{"open a claim", (*seenWalker).openClaim},
		{"link", (*seenWalker).link},
		{"link", (*seenWalker).link},
		{"not the same", (*seenWalker).dismiss},
		{"not the same", (*seenWalker).dismiss},
		{"another tab", (*seenWalker).anotherTab},
		{"seen before tab", (*seenWalker).seenTab},
		{"undo", (*seenWalker).undo},
		{"ctrl+z", (*seenWalker).ctrlZ},
		{"suggest again", (*seenWalker).suggestAgain},
		{"not the same after all", (*seenWalker).notSameAfterAll},
		{"switch language", (*seenWalker).switchLanguage},
		{"colleague", (*seenWalker).colleague},
		{"colleague", (*seenWalker).colleague},
		{"colleague meanwhile", (*seenWalker).colleagueMeanwhile},
		{"colleague meanwhile", (*seenWalker).colleagueMeanwhile},
		{"colleague deletes", (*seenWalker).colleagueDeletes},
		{"colleague reimports", (*seenWalker).colleagueReimports},
	}
}

// editor returns the claim editor of the current window frame.
func (w *seenWalker) editor() *claimEditor { return w.shell().claims.editor }

// openClaim opens a random claim on its Seen before tab.
func (w *seenWalker) openClaim() {
	id := w.ids[w.pick(len(w.ids))]
	w.note("open %s", w.name(id))
	w.do(func() { w.shell().show(viewClaims); w.f.u.openClaim(id) })
	e := w.editor()
	w.do(func() { e.tabs.Select(e.seenTab) })
}

// anotherTab selects another tab of the editor than Seen before.
func (w *seenWalker) anotherTab() {
	e := w.editor()
	if e.claim == nil {
		return
	}
	i := w.pick(len(e.tabs.Items))
	w.note("tab %q", e.tabs.Items[i].Text)
	w.do(func() { e.tabs.SelectIndex(i) })
}

// seenTab selects the Seen before tab of the claim the editor shows.
func (w *seenWalker) seenTab() {
	e := w.editor()
	if e.claim == nil {
		return
	}
	w.do(func() { e.tabs.Select(e.seenTab) })
}

// pane returns the Seen before tab when it is shown for the open claim.
func (w *seenWalker) pane() *seenPane {
	e := w.editor()
	if e.claim == nil || e.tabs == nil || e.tabs.Selected() != e.seenTab || e.seen.claimID != e.claim.ID {
		return nil
	}
	return e.seen
}

// offered returns the rows of matches the tab offers.
func (w *seenWalker) offered(p *seenPane) []fyne.CanvasObject {
	var rows []fyne.CanvasObject
	for _, o := range p.box.Objects {
		if findButtonIn(o, lang.L("Link (same claim)")) != nil {
			rows = append(rows, o)
		}
	}
	return rows
}

// link taps Link (same claim) on a random match and answers the question
// about the verdict at random (Link only, Link and copy, Cancel).
func (w *seenWalker) link() {
	p, row := w.pickOffered()
	if row == nil {
		return
	}
	t := w.rowTarget(row)
	w.note("link %s to %s", w.name(p.claimID), w.targetName(t))
	claimID := p.claimID
	w.do(findButtonIn(row, lang.L("Link (same claim)")).OnTapped)
	top := w.f.win().Canvas().Overlays().Top()
	if top == nil || findButtonIn(top, lang.L("Link only")) == nil {
		return
	}
	answers := []string{lang.L("Link only"), lang.L("Link and copy the verdict"), lang.L("Cancel")}
	a := answers[w.pick(len(answers))]
	w.note("answer %q", a)
	if a == lang.L("Link and copy the verdict") {
		w.copied = &seenWalkCopy{claimID: claimID, target: t}
	}
	w.do(findButtonIn(top, a).OnTapped)
}

// pickOffered returns the Seen before tab shown and one of its matches
// at random; row is nil when there is none.
func (w *seenWalker) pickOffered() (p *seenPane, row fyne.CanvasObject) {
	if p = w.pane(); p == nil {
		return nil, nil
	}
	rows := w.offered(p)
	if len(rows) == 0 {
		return p, nil
	}
	return p, rows[w.pick(len(rows))]
}

// dismiss taps Not the same on a random match.
func (w *seenWalker) dismiss() {
	p, row := w.pickOffered()
	if row == nil {
		return
	}
	w.note("dismiss %s for %s", w.targetName(w.rowTarget(row)), w.name(p.claimID))
	w.do(findButtonIn(row, lang.L("Not the same")).OnTapped)
}

// undo taps the bar's Undo when it is shown.
func (w *seenWalker) undo() {
	p := w.pane()
	if p == nil || p.undo.bar.Hidden {
		return
	}
	w.note("undo %q", p.undo.label.Text)
	w.expectUndo(p)
	w.do(p.undo.button.OnTapped)
}

// expectUndo notes the link that copied a verdict which Undo in p would
// take back, if the newest item is one: its claim's verdict may go back
// to the one before the link.
func (w *seenWalker) expectUndo(p *seenPane) {
	if n := len(p.undo.items); n > 0 {
		if it := p.undo.items[n-1]; it.linked && it.copied != nil {
			w.undone = &seenWalkCopy{claimID: it.claimID, back: [2]string{it.copied.ratingID, it.copied.conclusion}}
		}
	}
}

// ctrlZ types Ctrl+Z with no text field focused.
func (w *seenWalker) ctrlZ() {
	cv := w.f.win().Canvas()
	if p := w.pane(); p != nil {
		w.expectUndo(p)
	}
	w.do(func() { cv.Unfocus(); pressCtrlZ(cv) })
}

// suggestAgain opens the dismissed list and taps a random Suggest again.
func (w *seenWalker) suggestAgain() {
	p := w.pane()
	if p == nil || p.gone.acc.Hidden {
		return
	}
	w.do(func() { p.gone.acc.Open(0) })
	w.tapRandom(p.gone.box, lang.L("Suggest again"))
}

// notSameAfterAll opens the linked list and taps a random Not the same
// after all.
func (w *seenWalker) notSameAfterAll() {
	p := w.pane()
	if p == nil || p.linked.acc.Hidden {
		return
	}
	w.do(func() { p.linked.acc.Open(0) })
	w.tapRandom(p.linked.box, lang.L("Not the same after all"))
}

// tapRandom taps one of the buttons labelled label in a folded list.
func (w *seenWalker) tapRandom(box *fyne.Container, label string) {
	var bs []*widget.Button
	var texts []string
	for _, row := range box.Objects {
		if b := findButtonIn(row, label); b != nil {
			bs = append(bs, b)
			texts = append(texts, firstLine(dialogText(row)))
		}
	}
	if i := w.pick(len(bs)); i >= 0 {
		w.note("%s: %q", label, texts[i])
		w.do(bs[i].OnTapped)
	}
}

// switchLanguage switches between English and German (the shared helper)
// and builds the window again, as the setting does.
func (w *seenWalker) switchLanguage() {
	code := "de"
	if uiLang() == "de" {
		code = "en"
	}
	switchLanguage(code)
	w.do(func() {
		w.f.u.prefs.SetString(prefLanguage, code)
		w.f.u.build()
	})
}

// answerDialogs fails on a dialog that says something went wrong and
// closes any other with its first button.
func (w *seenWalker) answerDialogs() {
	c := w.f.win().Canvas()
	for i := 0; i < 6; i++ {
		top := c.Overlays().Top()
		if top == nil {
			return
		}
		text := dialogText(top)
		w.note("dialog %q", firstLine(text))
		if testing.Verbose() {
			w.t.Logf("step %d: the window says %q", w.step, text)
		}
		if containsAny(text, lang.L("Something went wrong"), "Something went wrong") {
			w.fail("the window says something went wrong: %q", text)
		}
		var buttons []*widget.Button
		collectButtons(top, &buttons)
		if len(buttons) == 0 {
			w.do(func() { c.Overlays().Remove(top) })
			continue
		}
		w.do(buttons[0].OnTapped)
	}
	if c.Overlays().Top() != nil {
		w.fail("a dialog stays open: %q", dialogText(c.Overlays().Top()))
	}
}
