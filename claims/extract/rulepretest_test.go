package extract

import (
	"strings"
	"testing"
)

// TestRulePretests checks that each rule with a pre-test (rulepretest.go)
// records nothing for a word whose pre-test fails: every word of both
// lexicons, capitalised too, and made-up words at the rules' edges, in
// either language, with and without an auxiliary or a modal before it.
func TestRulePretests(t *testing.T) {
	rules := []struct {
		name string
		pre  func(*token) bool
		run  func(*unitCtx, int)
	}{
		{"event", mayEvent, eventRule}, {"comparison", mayCompare, comparisonRule},
		{"legal", mayLegal, legalRule}, {"link", mayLink, linkRule},
		{"discourse", mayDiscourse, discourseRule},
	}
	words := []string{"wurde", "wurden", "worden", "baute", "kaufte", "gebaut", "verkauft", "closed",
		"lol", "haha", "hihi", "hahaha", "http", "https", "www.beispiel.de", "abcgesetz", "bundesgericht",
		"latest", "kleinste", "schnellsten", "größte", "biggest", "fastest", "mehr", "besser", "hallo", "ab", "x"}
	for _, lex := range []lexicon{lexDE, lexEN} {
		for w := range lex {
			words = append(words, w)
		}
	}
	fired := map[string]int{}
	checked := map[string]int{}
	var z tokenizer
	for _, w := range words {
		for _, word := range []string{w, strings.ToUpper(w[:1]) + w[1:]} {
			for _, de := range []bool{true, false} {
				lang := map[bool]string{true: "de", false: "en"}[de]
				text := "Sie " + word + " als than sich"
				toks := z.tokenize(text, lexFor(lang))
				for _, r := range rules {
					for _, flags := range [][2]bool{{false, false}, {true, false}, {true, true}} {
						var a analysis
						a.skipFrom, a.skipTo = -1, -1
						c := unitCtx{text: text, toks: toks, de: de, a: &a, aux: flags[0], modal: flags[1]}
						r.run(&c, 1)
						did := a.x != [nFeat]float64{} || a.ev != [nFeat]string{} || len(a.entities)+len(a.dates)+len(a.numbers) > 0
						if did {
							fired[r.name]++
						}
						if !r.pre(&toks[1]) {
							checked[r.name]++
							if did {
								t.Errorf("%s rule records %q (%s) although its pre-test fails", r.name, word, lang)
							}
						}
					}
				}
			}
		}
	}
	for _, r := range rules {
		if fired[r.name] == 0 || checked[r.name] == 0 {
			t.Errorf("%s rule: fired %d times, pre-test failed %d times", r.name, fired[r.name], checked[r.name])
		}
	}
}
