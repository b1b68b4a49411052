package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// refineInventedDE are invented German units for TestRefineIfWho, some of
// which get their speaker from a refine rule that is asked always.
var refineInventedDE = []string{
	"Laut dpa wollen die Länder mehr Geld. Die Gewerkschaft Erziehung und Wissenschaft fordert mehr Lehrkräfte.",
	"Ein Bericht der Hilfsorganisation Nordhilfe liegt vor. Dem Bericht zufolge fehlen 300 Betten.",
	"Laut einer Studie im Fachblatt „Nordmedizin“ sinkt die Zahl der Fälle. Bisher warnen Politiker vor höheren Kosten.",
	"Der Chef des Verbands, Jan Roth, hatte vor Engpässen gewarnt. Die Stadt und der Kreis fordern Geld vom Land.",
	"Ein Sprecher der Hafenbehörde sagte, die Fähre fahre wieder. Diese sagte, es gebe keine Verspätungen.",
	"Selbst der Städtetag, sonst zurückhaltend, warnt vor den Folgen. Zwei Drittel der Kliniken rechnen mit Verlusten.",
}

// refineInventedEN are invented English units for TestRefineIfWho.
var refineInventedEN = []string{
	"A spokeswoman for the Harbor Council said the pier would reopen. Lerer reported from Los Angeles.",
	"Ann Lee, a professor at Ostby College, said the figures were wrong. Nobody asked the mayor.",
	"In a Harlow Courier poll released Sunday, 61 percent of voters backed the plan.",
}

// refineClaimants returns the claimants of the units of texts.
func refineClaimants(texts []string) []string {
	var out []string
	for _, text := range texts {
		for _, u := range Extract(text, Options{}) {
			out = append(out, u.Claimant)
		}
	}
	return out
}

// TestRefineIfWho checks that claimant may skip the refine rules marked
// ifWho when no speaker was found: each returns "" for "" on the units of
// invented texts, and the claimants of those texts and of the probe
// articles are the same when every rule is asked (fails when a rule that
// names a speaker, as lowerAgencyDE does, is marked: tried).
func TestRefineIfWho(t *testing.T) {
	var z tokenizer
	var a analysis
	for _, c := range []struct {
		lang  string
		texts []string
		steps []refineStep
	}{{"de", refineInventedDE, refineRulesDE}, {"en", refineInventedEN, refineRulesEN}} {
		for _, text := range c.texts {
			toks := unitFeatures(&z, text, c.lang, alone, &a)
			for i, s := range c.steps {
				if !s.ifWho {
					continue
				}
				d := &docState{}
				u := &claimUnit{toks: toks, text: text, lex: lexFor(c.lang), verbs: a.attrib, de: c.lang == "de"}
				if got := s.rule(d, u, ""); got != "" {
					t.Errorf("%s refine rule %d (ifWho) of %q: %q for no speaker", c.lang, i, text, got)
				}
			}
		}
	}
	texts := append(append([]string(nil), refineInventedDE...), refineInventedEN...)
	files, _ := filepath.Glob(filepath.Join("..", "..", "data", "probes", "*", "*.txt"))
	if len(files) < 50 {
		t.Fatalf("probe articles: %d", len(files))
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	got := refineClaimants(texts)
	savedDE, savedEN := refineRulesDE, refineRulesEN
	defer func() { refineRulesDE, refineRulesEN = savedDE, savedEN }()
	refineRulesDE, refineRulesEN = askedAlways(savedDE), askedAlways(savedEN)
	want := refineClaimants(texts)
	if len(got) != len(want) {
		t.Fatalf("%d units, %d when every rule is asked", len(got), len(want))
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("unit %d: claimant %q, %q when every rule is asked", i, got[i], want[i])
		}
	}
}

// askedAlways returns a copy of steps with every rule asked always.
func askedAlways(steps []refineStep) []refineStep {
	out := make([]refineStep, len(steps))
	for i, s := range steps {
		out[i] = always(s.rule)
	}
	return out
}

// TestRefineClaimantNoneDE checks what refineClaimantDE's skip of its
// checks without a speaker rests on: checkClaimantDE keeps "" as "" at
// every unit of invented German texts, as the people, roles and bodies
// they name are noted.
func TestRefineClaimantNoneDE(t *testing.T) {
	var z tokenizer
	var a analysis
	for _, text := range refineInventedDE {
		var wk work
		d := wk.docState(nil)
		units, _ := sentences(text, span{s: 0, e: len(text)}, true, nil)
		for _, sp := range units {
			u := text[sp.s:sp.e]
			toks := unitFeatures(&z, u, "de", alone, &a)
			if got := d.checkClaimantDE(toks, u, "", lexDE); got != "" {
				t.Errorf("checkClaimantDE(%q, \"\") = %q, want \"\"", u, got)
			}
			d.attribute(toks, u, 0, len(u), &a, true, lexDE)
		}
	}
}
