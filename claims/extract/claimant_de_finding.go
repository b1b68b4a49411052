package extract

// "Das ergab eine Umfrage des Instituts X", "Das zeigt eine Studie der
// Universität Y": a finding verb whose subject after it is a study of a
// named body; the body is the source of what the unit says.

// findingVerbsDE are the verb forms that report what a study found.
var findingVerbsDE = map[string]bool{
	"ergab": true, "ergaben": true, "ergibt": true, "ergeben": true,
	"zeigt": true, "zeigte": true, "zeigen": true, "zeigten": true,
}

// studyNounsDE are the nouns of studies and their results.
var studyNounsDE = map[string]bool{
	"studie": true, "umfrage": true, "auswertung": true, "analyse": true, "untersuchung": true,
	"erhebung": true, "bericht": true, "berechnung": true, "statistik": true, "befragung": true,
	"gutachten": true, "daten": true, "zahlen": true, "recherchen": true,
}

// findingSourceDE returns the body whose study is the subject after a
// finding verb ("ergab eine Auswertung des Portals X" → "Portal X"); ""
// otherwise.
func (d *docState) findingSourceDE(toks []token, text string, lex lexicon) string {
	for v := 1; v+3 < len(toks); v++ {
		if !findingVerbsDE[toks[v].low] {
			continue
		}
		n := v + 1
		if toks[n].cat&cDet != 0 {
			n++
		}
		if n+1 >= len(toks) || !studyNounsDE[toks[n].low] {
			continue
		}
		switch toks[n+1].low {
		case "des", "der", "von", "vom":
			return d.genitiveSourceDE(toks, text, n+1, len(toks), lex)
		}
	}
	return ""
}
