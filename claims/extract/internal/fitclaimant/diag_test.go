package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
)

func TestDiag(t *testing.T) {
	if os.Getenv("CLAIMANT_DIAG") == "" {
		t.Skip()
	}
	exs, err := examples("../../../../data/newslabels", "../../../../../../shared/corpora")
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"de", "en"} {
		pat := map[string]int{}
		for _, e := range byLang(exs, lang) {
			if e.quote || e.gold == "" || weightOf(e, 1) == 0 || e.pos[e.rules] {
				continue
			}
			g := -1
			for i, p := range e.pos {
				if p {
					g = i
				}
			}
			var on []string
			for f, v := range e.x[g] {
				if v != 0 && featureNames[f] != "bias" && featureNames[f] != "frequency" {
					on = append(on, featureNames[f])
				}
			}
			key := fmt.Sprintf("rules=%v | %s", e.rules != 0, strings.Join(on, ","))
			pat[key]++
		}
		var keys []string
		for k := range pat {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool { return pat[keys[i]] > pat[keys[j]] })
		for _, k := range keys[:min(25, len(keys))] {
			fmt.Println(lang, pat[k], k)
		}
	}
}
