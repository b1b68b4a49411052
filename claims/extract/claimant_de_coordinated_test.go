package extract

import "testing"

// TestCoordinatedVorfeldDE checks two subjects joined by "und" or "sowie"
// before a verb of saying, its auxiliary or a reflexive verb of position,
// and that a conjunction inside a "von" phrase joins no subjects.
func TestCoordinatedVorfeldDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Stadt und der Landkreis hatten den Plan ebenfalls kritisiert.": "Stadt; Landkreis",
		"Die Union sowie auch die FDP setzen sich gegen die Regel ein.":     "Union; FDP",
	})
	text := "Vertreter von Städten und Gemeinden äußerten sich skeptisch."
	var z tokenizer
	toks := z.tokenize(text, lexDE)
	d := &docState{}
	if got := d.coordinatedVorfeldDE(toks, text, 5, lexDE); got != "" {
		t.Errorf("coordinatedVorfeldDE(%q) = %q, want none", text, got)
	}
}
