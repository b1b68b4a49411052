package extract

import (
	"strings"
	"testing"
)

// TestAndNameDE checks that a body named by a head noun and a remit joined
// by "und" is named whole, and that two bodies joined by "und" stay two.
func TestAndNameDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Einer Studie der Gewerkschaft Erziehung und Wissenschaft zufolge fehlen Lehrer.": "Gewerkschaft Erziehung und Wissenschaft",
		"Dem Verband Bildung und Erziehung zufolge fehlen Lehrer.":                        "Verband Bildung und Erziehung",
		"Die Stadt und der Landkreis fordern mehr Geld.":                                  "Stadt; Landkreis",
	})
}

// TestAndNameGateDE checks that andNameDE, which asks for a token "und"
// before looking for " und " in the text, answers as its plain definition
// (who when the text holds no " und ", else andNameInDE) for every word of
// invented units taken as the claimant, and that it finds the whole name.
func TestAndNameGateDE(t *testing.T) {
	units := []string{
		"Die Gewerkschaft Erziehung und Wissenschaft fordert mehr Lehrkräfte.",
		"Laut der Gewerkschaft Handel und Dienste steigen die Löhne.",
		"Und die Gewerkschaft Erziehung UND Wissenschaft schweigt.",
		"Die Gewerkschaft Erziehung und\u00a0Wissenschaft fordert mehr Geld.",
		"Die Gewerkschaft Erziehung\nund Wissenschaft fordert mehr Geld.",
		"Der Verband Bau und Umwelt warnt vor Engpässen, sagte Eva Roth.",
		"Der Verband Bau, Umwelt sowie Verkehr warnt.",
		"Die Stadt und der Kreis fordern Geld vom Land.",
	}
	var z tokenizer
	var d docState
	for _, u := range units {
		text := oneLineUnit(u)
		toks := z.tokenize(u, lexDE)
		for k := range toks {
			for _, who := range []string{"", text[toks[k].s:toks[k].e], "Erziehung; Wissenschaft"} {
				want := who
				if who != "" && strings.Contains(text, " und ") {
					want = d.andNameInDE(toks, text, who)
				}
				if got := d.andNameDE(toks, text, who); got != want {
					t.Errorf("andNameDE(%q, %q) = %q, want %q", u, who, got, want)
				}
			}
		}
	}
	toks := z.tokenize(units[0], lexDE)
	if got, want := d.andNameDE(toks, units[0], "Wissenschaft"), "Gewerkschaft Erziehung und Wissenschaft"; got != want {
		t.Errorf("andNameDE(%q) = %q, want %q", units[0], got, want)
	}
}
