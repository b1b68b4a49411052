package extract

import "strings"

// A parliament's record, printed as it stands, runs each turn on after its
// label on the label's own line, and the label need not give a party: the
// chair is labelled by office ("Präsidentin Dr. Eva Kühn: Ich rufe Punkt
// 7 auf."), a member of the government by an office after a comma ("Jonas
// Roth, Minister für Umwelt: Frau Präsidentin!"). inlineLabelDE reads the
// form with a party in parentheses; officeLabelDE reads these two.

// presidingDE are the offices that label the chair of a parliament's
// sitting in its record.
var presidingDE = map[string]bool{
	"präsident": true, "präsidentin": true, "vizepräsident": true, "vizepräsidentin": true,
	"alterspräsident": true, "alterspräsidentin": true,
}

// labelLinkDE are the lower-case words an office after the name may hold
// ("Minister für Arbeit und Soziales", "Senatorin der Finanzen").
var labelLinkDE = map[string]bool{
	"für": true, "der": true, "des": true, "und": true, "von": true, "im": true, "beim": true,
}

// officeLabelDE returns the person a turn's label names when the record
// runs the turn on after a label without a party: a paragraph's first unit,
// no heading, whose first colon (within its first twelve tokens, two tokens
// or more after it) closes a label made of capitalised words or stops
// before a person named in full (speechPersonDE) and, after the name,
// nothing or a comma and an office (capitalised words joined by
// labelLinkDE). The first such label must be the chair's (an office of
// presidingDE before the name); later ones follow a turn already begun, so
// that a news heading or lead "Ministerin Eva Kühn: …" starts no turn.
func (d *docState) officeLabelDE(toks []token, text string, heading bool) string {
	if heading || !d.answer.paraStart {
		return ""
	}
	c := -1
	for k := 1; k < len(toks) && k < 12; k++ {
		if toks[k].p == ':' {
			c = k
			break
		}
	}
	if c < 0 || len(toks)-c-1 < 2 {
		return ""
	}
	p := d.speechPersonDE()
	i := strings.Index(text, p)
	if p == "" || i < 0 || i+len(p) > toks[c].s {
		return ""
	}
	chair := false
	k := 0
	for ; k < c && toks[k].s < i; k++ {
		t := &toks[k]
		if t.p == '.' {
			continue // "Dr.", "Abg."
		}
		if !capWord(t) || t.cat&cDet != 0 {
			return ""
		}
		chair = chair || presidingDE[t.low]
	}
	for k < c && toks[k].e <= i+len(p) {
		k++
	}
	if k < c && !officeTailDE(toks[k:c]) {
		return ""
	}
	if !chair && d.speech.who == "" {
		return ""
	}
	return p
}

// officeTailDE reports whether the tokens between a label's name and its
// colon are a comma and an office: capitalised words joined by labelLinkDE
// ("…, Minister für Landwirtschaft und Umwelt").
func officeTailDE(toks []token) bool {
	if len(toks) < 2 || toks[0].p != ',' || !capWord(&toks[1]) {
		return false
	}
	for k := 2; k < len(toks); k++ {
		if t := &toks[k]; !capWord(t) && !labelLinkDE[t.low] {
			return false
		}
	}
	return true
}
