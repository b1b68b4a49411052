package extract

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"strconv"
	"testing"
)

// switchWords returns the string literals that the function name in the
// file of this package compares with: those of its case clauses, and
// unless casesOnly those compared by == or != too.
func switchWords(t *testing.T, file, name string, casesOnly bool) []string {
	t.Helper()
	f, err := parser.ParseFile(gotoken.NewFileSet(), file, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var words []string
	lit := func(n ast.Node) bool {
		if b, ok := n.(*ast.BasicLit); ok && b.Kind == gotoken.STRING {
			w, err := strconv.Unquote(b.Value)
			if err != nil {
				t.Fatal(err)
			}
			if w != "" { // "who == """: no word
				words = append(words, w)
			}
		}
		return true
	}
	for _, decl := range f.Decls {
		fn, ok := decl.(*ast.FuncDecl)
		if !ok || fn.Name.Name != name {
			continue
		}
		ast.Inspect(fn.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CaseClause:
				for _, e := range n.List {
					ast.Inspect(e, lit)
				}
			case *ast.BinaryExpr:
				if !casesOnly && (n.Op == gotoken.EQL || n.Op == gotoken.NEQ) {
					lit(n.X)
					lit(n.Y)
				}
			}
			return true
		})
	}
	if len(words) == 0 {
		t.Fatalf("%s: no words of %s", file, name)
	}
	return words
}

// TestWordSetVerbs checks that every verb form that positionBodyDE,
// rolePositionDE and assumeSpeakerDE compare a word with (read from their
// source) belongs to the word set that the rule asks lacks about, so that
// a form added to a rule and not to its set fails here.
func TestWordSetVerbs(t *testing.T) {
	for _, c := range []struct {
		file, name string
		casesOnly  bool
		set        wordSets
	}{
		{"claimant_de_positionbody.go", "positionBodyVerbDE", true, wsPosBody},
		{"claimant_de_regret.go", "regretVerbDE", false, wsPosBody},
		{"claimant_de_roleposition.go", "rolePositionDE", false, wsHold},
		{"claimant_de_assume.go", "assumeSpeakerDE", false, wsGo},
		{"claimant_filter.go", "positionVerbDE", true, wsPosition},
		{"claimant_de_wants.go", "wantsPersonDE", false, wsWill},
	} {
		for _, w := range switchWords(t, c.file, c.name, c.casesOnly) {
			if a := absentSets([]token{{low: w}}); a&c.set != 0 {
				t.Errorf("%s compares with %q, but absentSets(%q) = %b lacks its set %b", c.name, w, w, a, c.set)
			}
		}
	}
}

// TestLacksGatesVerbs checks on made-up sentences that positionBodyDE,
// rolePositionDE, assumeSpeakerDE, wantsPersonDE and passiveAgentDE, which ask lacks, find the same
// speaker with the unit's scan known as without it, for each kind of
// verb form; and that a unit without such a verb lacks its set.
func TestLacksGatesVerbs(t *testing.T) {
	posBody := func(d *docState, toks []token, text string) string { return d.positionBodyDE(toks, text, lexDE) }
	rolePos := func(d *docState, toks []token, text string) string { return d.rolePositionDE(toks, text, lexDE) }
	assume := func(d *docState, toks []token, text string) string { return d.assumeSpeakerDE(toks, text, lexDE) }
	wants := func(d *docState, toks []token, text string) string { return d.wantsPersonDE(toks, text, lexDE) }
	passive := func(d *docState, toks []token, text string) string { return d.passiveAgentDE(toks, text, lexDE) }
	for _, c := range []struct {
		text string
		rule func(d *docState, toks []token, text string) string
	}{
		{"Die Stiftung bedauerte die Absage des Sommerfests.", posBody},
		{"Die Schlichter würdigten den Kompromiss als fair.", posBody},
		{"Der Vertrag sei gültig, befand die Schlichtungsstelle.", posBody},
		{"Die Kommission sah den Antrag als verspätet an.", posBody},
		{"Die Stiftung bezifferte den Schaden auf drei Millionen Euro.", posBody},
		{"Die Anklage plädierte auf eine Bewährungsstrafe.", posBody},
		{"Die Gutachter hielten den Plan für riskant.", rolePos},
		{"Der Landrat hält die Sorge für unbegründet.", rolePos},
		{"Die Ermittler gingen von einem technischen Defekt aus.", assume},
		{"Die Behörde geht davon aus, dass die Leitung brach.", assume},
		{"Die Ministerin Eva Roth will die Gebühr abschaffen.", wants},
		{"Am Freitag wollte auch Ministerin Eva Roth die Halle besuchen.", wants},
		{"Der Entwurf wurde vom Mieterbund Nordheide scharf kritisiert.", passive},
		{"Die Zahlen werden vom Verband der Bäcker bezweifelt.", passive},
	} {
		checkScanKnown(t, c.text, c.rule)
	}
	toks := []token{{low: "die"}, {low: "stiftung"}, {low: "lobte"}, {low: "den"}, {low: "plan"}}
	if a := absentSets(toks); a&(wsPosBody|wsHold|wsGo) != wsPosBody|wsHold|wsGo {
		t.Errorf("absentSets(%v) = %b, want the three verb sets absent", toks, a)
	}
}

// TestPositionVerbsDE checks that positionVerbsDE, the list of the unit's
// scan, holds exactly the forms of positionVerbDE's switch, and that
// positionSpeakerDE, which asks lacks about them and about regretVerbDE's
// forms, finds the same speaker with the unit's scan known as without it.
func TestPositionVerbsDE(t *testing.T) {
	inSwitch := map[string]bool{}
	for _, w := range switchWords(t, "claimant_filter.go", "positionVerbDE", true) {
		inSwitch[w] = true
	}
	inList := map[string]bool{}
	for _, w := range positionVerbsDE {
		inList[w] = true
		if !inSwitch[w] {
			t.Errorf("positionVerbsDE holds %q, positionVerbDE does not", w)
		}
	}
	for w := range inSwitch {
		if !inList[w] {
			t.Errorf("positionVerbDE takes %q, positionVerbsDE lacks it", w)
		}
	}
	rule := func(d *docState, toks []token, text string) string { return d.positionSpeakerDE(toks, text, lexDE) }
	for _, text := range []string{
		"Die Ärztin Hanna Kessel sieht den Umbau der Station kritisch.",
		"Der Gärtner Jonas Weller schätzte die Kosten auf drei Millionen Euro.",
		"Der Kapitän Ole Brink bedauerte die Verspätung der Fähre.",
	} {
		checkScanKnown(t, text, rule)
	}
	toks := []token{{low: "die"}, {low: "stiftung"}, {low: "lobte"}, {low: "den"}, {low: "plan"}}
	if a := absentSets(toks); a&wsPosition == 0 {
		t.Errorf("absentSets(%v) = %b, want wsPosition absent", toks, a)
	}
}
