package extract

import "strings"

// invertedBodyDE returns the subject right after a verb of reporting v
// that needs a preposition or a particle, after a fronted adverbial ("Am
// Montag warb die Polizei für …", "Seit Jahren weist das Bezirksamt
// darauf hin"), when it is a body by its head noun (bodyHeadDE) or a
// person or body the text knows; "" else. The verbs of position are left
// out (positionReportDE), as in reportBodyDE.
func (d *docState) invertedBodyDE(toks []token, text string, v int, lex lexicon) string {
	r := reportVerbsDE[toks[v].low]
	if r.prep == "" && r.particle == "" || positionReportDE(toks[v].low) || !frontedDE(toks, v) || !subjectMayFollowDE(toks, v, r) {
		return ""
	}
	who := d.invertedSubjectDE(toks, text, v, lex)
	if k := strings.Index(who, " von "); k > 0 && r.prep == "von" {
		who = who[:k] // "warb das Ministerium für eine Wende": "für" is the verb's
	}
	last := who[strings.LastIndexByte(who, ' ')+1:]
	if who == "" || bodyHeadDE(last) == "" && !d.known(who) {
		return ""
	}
	return who
}

// subjectMayFollowDE reports whether the word after the verb v may open
// its subject: not a pronoun ("warb man für …", whose subject is no
// source) and not the verb's own preposition ("warb für einen Neubau").
func subjectMayFollowDE(toks []token, v int, r reportVerb) bool {
	if v+1 >= len(toks) {
		return false
	}
	switch w := toks[v+1].low; w {
	case r.prep, "man", "er", "sie", "es", "wir", "ich", "ihr", "du":
		return false
	}
	return true
}
