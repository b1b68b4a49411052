package extract

import "strings"

// A body or group that opens a German sentence as the subject of a verb of
// reporting ("Die Polizei warb für eine friedliche Demonstration",
// "Datenschützer wiesen darauf hin, dass …") is its claimant as with a
// verb of saying (bodyFirstDE), though the text never names it as a
// person. The verbs of position "sieht" and "hält … für" are left out: a
// body "sieht vor" (provides) as often as it takes a position. A bare
// capitalised word before a verb in the singular is as often a fronted
// adverb ("Generell verspricht …"), so it counts only when the text knows
// it as a name.

// reportBodyDE returns the body or group that opens the sentence as the
// subject of the first verb of reportVerbsDE outside quotation marks that
// has what it needs (reportsDE), "" if none.
func (d *docState) reportBodyDE(toks []token, text string) string {
	if d.lacks(toks, wsReport) {
		return "" // no verb of reportVerbsDE in the unit (reportsDE)
	}
	return firstUnquotedDE(toks, text, func(v int) string {
		t := &toks[v]
		if !lowerWord(t) || positionReportDE(t.low) || !reportsDE(toks, v) {
			return ""
		}
		body := bodyFirstDE(toks, text, v)
		if body == "" || lowerIn(adverbsDE, body) || lowerIn(adverbDE, body) {
			return "" // "Außerdem plädierten sie …": an adverb, no body
		}
		if a := articleFirstDE(toks); a >= 0 {
			return nominativeDE(toks[a].low, body) // "das baden-württembergische Sozialministerium" → "…isches …"
		}
		if strings.HasSuffix(t.low, "en") {
			return body
		}
		if _, ok := d.byKey[body]; ok {
			return body // "Köhler warb für …"
		}
		return ""
	})
}

// positionReportDE reports whether w is one of the verbs of position among
// reportVerbsDE ("sieht", "hält").
func positionReportDE(w string) bool {
	switch w {
	case "sieht", "sah", "hält", "hielt":
		return true
	}
	return false
}

// articleFirstDE returns the index of the article or quantifier among the
// first two words of the unit ("Die Polizei", "Auch die Jury", "Alle
// Parteien"), -1 if none.
func articleFirstDE(toks []token) int {
	for i := 0; i < 2 && i < len(toks); i++ {
		if toks[i].cat&cDet != 0 || quantifierDE[toks[i].low] {
			return i
		}
	}
	return -1
}
