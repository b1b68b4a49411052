package extract

import "strings"

// "Das ergab eine Umfrage des Instituts X", "Das zeigt eine Studie der
// Universität Y": a finding verb whose subject after it is a study of a
// named body; the body is the source of what the unit says. So too when
// the study opens the sentence: "Eine Umfrage des Instituts X ergab, dass
// …".

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
		if who := d.findingVorfeldDE(toks, text, v, lex); who != "" {
			return who // "Eine Umfrage des Instituts X ergab, dass …"
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

// findingVorfeldDE returns the body whose study opens the sentence as the
// subject of the finding verb v: an article, perhaps adjectives, a noun of
// studyNounsDE and its genitive, all before v ("Eine neue Studie der
// Universität Y zeigt, dass …"), a name of two words or more, a body by
// its head noun ("der Polizei") or a name the text knows; "zeigt" must
// report with ", dass" (the training labels leave "Die Zahlen der Polizei
// zeigen ein differenziertes Bild" without claimant); "" otherwise.
func (d *docState) findingVorfeldDE(toks []token, text string, v int, lex lexicon) string {
	n := 0
	if toks[0].cat&cDet == 0 {
		return ""
	}
	n++
	for n < v && toks[n].flags&(tCap|tPunct|tNum) == 0 && inflectedDE(toks[n].low) {
		n++ // "Eine neue …"
	}
	if n+2 >= v || !studyNounsDE[toks[n].low] {
		return ""
	}
	if strings.HasPrefix(toks[v].low, "zeig") && !(v+2 < len(toks) && toks[v+1].p == ',' && toks[v+2].low == "dass") {
		return "" // "zeigen ein differenziertes Bild": a finding only with "dass"
	}
	if l := toks[n+1].low; l != "des" && l != "der" {
		return "" // "Eine Analyse von Rückkehrern": after "von" as often what was studied
	}
	who := d.genitiveSourceDE(toks, text, n+1, v, lex)
	if strings.IndexByte(who, ' ') < 0 && bodyHeadDE(who) == "" && !d.known(who) {
		return "" // "Die Analyse des Spiels": one common noun, no body
	}
	return who
}
