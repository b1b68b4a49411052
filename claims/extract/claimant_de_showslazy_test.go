package extract

import (
	"strings"
	"testing"
)

// TestShowsThingCutLazyDE compares showsThingCutDE, which lower-cases the
// claimant's last word only at a form of "zeigen" that shows a thing, with
// lower-casing it first, on invented units; and checks that a unit without
// such a form costs no allocation.
func TestShowsThingCutLazyDE(t *testing.T) {
	eager := func(toks []token, text, who string) string {
		if who == "" || strings.Contains(who, "; ") {
			return who
		}
		last := strings.ToLower(who[strings.LastIndexByte(who, ' ')+1:])
		for v := 1; v < len(toks); v++ {
			switch toks[v].low {
			case "zeigt", "zeigte", "zeigen", "zeigten":
			default:
				continue
			}
			if !showsThingDE(toks, v) {
				continue
			}
			s, e := v, v+1
			for s > 0 && !clauseBreak(&toks[s-1]) {
				s--
			}
			for e < len(toks) && !clauseBreak(&toks[e]) {
				e++
			}
			for k := s; k < e; k++ {
				if strings.HasPrefix(toks[k].low, last) && len(toks[k].low) <= len(last)+1 {
					return ""
				}
			}
		}
		return who
	}
	texts := []string{
		"Beide Mannschaften zeigten ein starkes Spiel, sagte der Trainer Olaf Brenn.",
		"Die Lotsen zeigten Geduld, erklärte die Hafenmeisterin.",
		"Das Museum zeigt eine neue Schau, teilte der Direktor mit.",
		"Die Studie zeigt, dass die Fähre pünktlich fährt, sagte Ina Moll.",
		"Der Verein meldet mehr Mitglieder, sagte die Vorsitzende.",
		"Die Imker zeigen sich zufrieden.",
	}
	whos := []string{"", "Mannschaften", "Beide Mannschaften", "Lotsen", "Museum", "Olaf Brenn", "Ina Moll", "Imker", "Die Imker", "Verein; Ina Moll", "X ", "LOTSEN"}
	var z tokenizer
	for _, text := range texts {
		toks := z.tokenize(text, lexDE)
		for _, who := range whos {
			if got, want := showsThingCutDE(toks, text, who), eager(toks, text, who); got != want {
				t.Errorf("showsThingCutDE(%q, %q) = %q, want %q", text, who, got, want)
			}
		}
	}
	text := "Der Verein meldet mehr Mitglieder, sagte die Vorsitzende."
	toks := z.tokenize(text, lexDE)
	if n := testing.AllocsPerRun(100, func() { showsThingCutDE(toks, text, "Vorsitzende Olga Rahn") }); n != 0 {
		t.Errorf("showsThingCutDE allocates %v times on a unit without a form of zeigen", n)
	}
}
