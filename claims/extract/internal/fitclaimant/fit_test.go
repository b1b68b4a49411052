package main

import (
	"fmt"
	"strings"
	"testing"

	"claimdesk/claims/extract/trainset"
)

// toy returns an example of n candidates (none first) whose right one is
// marked by the feature "in unit"; the others are named before.
func toy(article string, right, n int) example {
	e := example{lang: "de", article: article, gold: "", names: make([]string, n), x: make([][]float64, n), pos: make([]bool, n)}
	for i := range n {
		e.x[i] = make([]float64, len(featureNames))
		if i == 0 {
			e.x[i][featureIndex("none")] = 1
			continue
		}
		e.names[i] = string(rune('A' + i))
		e.x[i][featureIndex("bias")] = 1
		e.x[i][featureIndex("named 1 before")] = 1
	}
	if right > 0 {
		e.x[right][featureIndex("in unit")] = 1
		e.gold = e.names[right]
	}
	e.pos[right] = true
	return e
}

// TestFitLearnsTheMarkedCandidate checks that the fit puts weight on the
// feature that marks the right candidate and then chooses it.
func TestFitLearnsTheMarkedCandidate(t *testing.T) {
	var exs []example
	for i := range 40 {
		exs = append(exs, toy("a", 1+i%3, 4), toy("b", 0, 3))
	}
	w := fit(exs, 0.001, 1)
	if w[featureIndex("in unit")] <= 0 {
		t.Fatalf("weight of the marking feature %v", w[featureIndex("in unit")])
	}
	for _, e := range exs {
		if k := choose(e, w); !e.pos[k] {
			t.Fatalf("chose %d for %+v", k, e.pos)
		}
	}
}

// TestFitDeterministic checks that the same rows give the same weights.
func TestFitDeterministic(t *testing.T) {
	exs := []example{toy("a", 1, 3), toy("a", 0, 3), toy("b", 2, 3)}
	a, b := fit(exs, 0.01, 1), fit(exs, 0.01, 1)
	for f := range a {
		if a[f] != b[f] {
			t.Fatalf("feature %d: %v then %v", f, a[f], b[f])
		}
	}
}

// TestWeightOf checks that units with no right candidate are left out and
// quotation units weigh as asked.
func TestWeightOf(t *testing.T) {
	e := toy("a", 1, 3)
	if weightOf(e, 0.5) != 1 {
		t.Error("news unit")
	}
	e.quote = true
	if weightOf(e, 0.5) != 0.5 {
		t.Error("quotation unit")
	}
	e.pos = make([]bool, 3)
	if weightOf(e, 0.5) != 0 {
		t.Error("no right candidate")
	}
}

// TestSetChoices checks the choice features from the claimants before.
func TestSetChoices(t *testing.T) {
	e := toy("a", 1, 3) // candidates "", B, C
	setChoices(e, []string{"C", "w", "x", "y", "z", "B"})
	if e.x[1][fChosen1] != 1 || e.x[1][fChosen2to5] != 0 || e.x[0][fNoneChosen1] != 0 {
		t.Errorf("B chosen just before: %v %v", e.x[1][fChosen1], e.x[1][fChosen2to5])
	}
	if e.x[2][fChosen1] != 0 || e.x[2][fChosen2to5] != 0 {
		t.Error("C was chosen six units before, out of reach")
	}
	setChoices(e, []string{"C", "x", ""})
	if e.x[0][fNoneChosen1] != 1 || e.x[2][fChosen2to5] != 1 || e.x[1][fChosen1] != 0 {
		t.Error("none just before, C three units before")
	}
	e.quote = true
	setChoices(e, []string{"B"})
	if e.x[1][fChosen1] != 0 {
		t.Error("a quotation unit has no choice features")
	}
}

// TestDecodeFollowsOwnChoices checks that decoding carries its own choices
// from unit to unit within an article and starts afresh in the next.
func TestDecodeFollowsOwnChoices(t *testing.T) {
	w := make([]float64, len(featureNames))
	w[featureIndex("in unit")], w[featureIndex("chosen 1 before")], w[featureIndex("none")] = 3, 2, 1
	first := toy("a", 1, 3)
	second := toy("a", 0, 3)
	third := toy("b", 0, 3)
	var got []int
	decode([]example{first, second, third}, w, func(_ example, k int) { got = append(got, k) })
	if got[0] != 1 || got[1] != 1 || got[2] != 0 {
		t.Fatalf("choices %v, want [1 1 0]", got)
	}
}

// TestSettle checks the modes: rules first raises the rules' answer, rules
// only keeps nothing learned.
func TestSettle(t *testing.T) {
	w := make([]float64, len(featureNames))
	w[featureIndex("in unit")] = 1
	if s := settle(w, rulesFirst); s[featureIndex("rules")] != rulesWeight || s[featureIndex("in unit")] != 1 {
		t.Error("rules first")
	}
	if s := settle(w, rulesOnly); s[featureIndex("in unit")] != 0 || s[featureIndex("rules")] <= s[featureIndex("none")] {
		t.Error("rules only")
	}
	if w[featureIndex("rules")] != 0 {
		t.Error("settle changed its input")
	}
}

// TestWeightsFile checks the written file: one line per feature, three
// columns, notes as comments.
func TestWeightsFile(t *testing.T) {
	w := [2][]float64{make([]float64, len(featureNames)), make([]float64, len(featureNames))}
	w[1][0] = -1.23456
	out := weightsFile([]string{"a note"}, w)
	var rows int
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		rows++
		if len(strings.Split(line, "\t")) != 3 {
			t.Fatalf("line %q", line)
		}
	}
	if rows != len(featureNames) || !strings.Contains(out, "# a note\n") || !strings.Contains(out, "\t-1.2346\n") {
		t.Fatalf("file:\n%s", out)
	}
}

// TestFoldStable checks that an article's fold depends only on its name.
func TestFoldStable(t *testing.T) {
	if fold("x/a.txt") != fold("x/a.txt") || fold("x/a.txt") < 0 || fold("x/a.txt") >= folds {
		t.Fatal("fold")
	}
}

// TestFoldsAllUsed checks that the training articles fill every fold:
// the development articles' hash must not leave one empty.
func TestFoldsAllUsed(t *testing.T) {
	var n [folds]int
	for i := 0; i < 500; i++ {
		file := fmt.Sprintf("a%d.txt", i)
		if trainset.DevArticle("c", file) {
			continue
		}
		n[fold("c/"+file)]++
	}
	for k, c := range n {
		if c < 50 {
			t.Errorf("fold %d holds %d of the training articles: %v", k, c, n)
		}
	}
}

// TestBeats checks the one-standard-error rule against the rules.
func TestBeats(t *testing.T) {
	rules := tally{right: map[int]bool{}}
	better := tally{right: map[int]bool{}}
	slightly := tally{right: map[int]bool{}}
	for id := range 200 {
		rules.right[id] = id%2 == 0
		better.right[id] = id%2 == 0 || id%3 == 0
		slightly.right[id] = id%2 == 0 || id == 1
	}
	if !beats(better, rules) {
		t.Error("a clear gain not taken")
	}
	if beats(slightly, rules) {
		t.Error("one unit more taken as a gain")
	}
	if beats(rules, rules) {
		t.Error("no gain taken")
	}
	// The same clear gain, made only by leaving units empty: it names
	// fewer claimants of units that have one, or of quotations.
	rules.withRight, rules.quotesRight = 50, 20
	for _, w := range [][2]int{{49, 20}, {50, 19}} {
		emptier := better
		emptier.withRight, emptier.quotesRight = w[0], w[1]
		if beats(emptier, rules) {
			t.Errorf("a gain with %d claimants and %d quotations right (rules: 50, 20) taken", w[0], w[1])
		}
	}
	better.withRight, better.quotesRight = 50, 20
	if !beats(better, rules) {
		t.Error("a clear gain naming as many claimants not taken")
	}
}

// TestInPart checks that -part splits the examples by article into the
// write and check parts, each article whole on one side, and refuses
// another part name.
func TestInPart(t *testing.T) {
	var exs []example
	for i := range 400 {
		a := fmt.Sprintf("corpus_de/file_%d.txt", i)
		exs = append(exs, toy(a, 1, 2), toy(a, 0, 2))
	}
	w, err := inPart(exs, "write")
	if err != nil {
		t.Fatal(err)
	}
	c, err := inPart(exs, "check")
	if err != nil {
		t.Fatal(err)
	}
	if len(w)+len(c) != len(exs) || len(c) < len(exs)/8 || len(c) > len(exs)*3/8 {
		t.Fatalf("write %d + check %d of %d", len(w), len(c), len(exs))
	}
	seen := map[string]bool{}
	for _, e := range w {
		seen[e.article] = true
	}
	for _, e := range c {
		if seen[e.article] {
			t.Fatalf("%s on both sides", e.article)
		}
		if corpus, file, _ := strings.Cut(e.article, "/"); !trainset.CheckArticle(corpus, file) {
			t.Fatalf("%s in the check part, CheckArticle false", e.article)
		}
	}
	if all, _ := inPart(exs, ""); len(all) != len(exs) {
		t.Fatalf("no part kept %d of %d", len(all), len(exs))
	}
	if _, err := inPart(exs, "dev"); err == nil {
		t.Fatal("part dev accepted")
	}
}

// TestModeByName reads the names -mode takes and refuses others.
func TestModeByName(t *testing.T) {
	for name, want := range map[string]int{"": -1, "learned": learned, "rules-first": rulesFirst, "rules-only": rulesOnly} {
		if got, err := modeByName(name); err != nil || got != want {
			t.Errorf("modeByName(%q) = %d, %v; want %d", name, got, err, want)
		}
	}
	if _, err := modeByName("rules first"); err == nil {
		t.Error(`modeByName("rules first") gave no error`)
	}
}
