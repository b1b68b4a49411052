package main

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestDiag2(t *testing.T) {
	if os.Getenv("CLAIMANT_DIAG") == "" {
		t.Skip()
	}
	exs, err := examples("../../../../data/newslabels", "../../../../../../shared/corpora")
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"de", "en"} {
		mine := byLang(exs, lang)
		w := fit(mine, 0.001, 0)
		var in tally
		n := 0
		decode(mine, w, func(e example, k int) {
			in.add(e, k)
			if !e.quote && e.pos[e.rules] && !e.pos[k] && n < 12 {
				n++
				on := func(i int) string {
					var s []string
					for f, v := range e.x[i] {
						if v != 0 {
							s = append(s, fmt.Sprintf("%s=%.1f", featureNames[f], v))
						}
					}
					return strings.Join(s, ",")
				}
				fmt.Printf("%s gold %q rules %q [%s] chose %q [%s]\n", lang, e.gold, e.names[e.rules], on(e.rules), e.names[k], on(k))
			}
		})
		fmt.Println(lang, "in-sample", in)
	}
}
