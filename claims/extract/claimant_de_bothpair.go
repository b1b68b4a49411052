package extract

import "strings"

// "So wollten die Forscherinnen Eva Roth und Ina Lenz herausfinden, … Die
// beiden Forscherinnen betonen, …": a plural noun after "beiden" refers
// back to the two people the text just named together, and the guide
// wants them by name ("Eva Roth; Ina Lenz").

// namePairDE is the last two people a German unit named joined by "und",
// or claimed together, and the unit that named them.
type namePairDE struct {
	who  string // "Eva Roth; Ina Lenz"
	unit int
}

// namePairReach is how many units after it a pair is still what "die
// beiden …" refers to.
const namePairReach = 12

// noteNamePairDE remembers the two people the unit names joined by "und"
// ("Eva Roth und Ina Lenz", also "Roth und Lenz" after them), each by the
// full name the text knows, or the
// unit's claimant when it is two (who: "Eva Roth; Ina Lenz").
func (d *docState) noteNamePairDE(toks []token, text, who string) {
	if strings.Count(who, ";") == 1 {
		d.pair = namePairDE{who: who, unit: d.units}
		return
	}
	for k := 2; k+2 < len(toks); k++ {
		if toks[k].low != "und" || !capWord(&toks[k-1]) || !capWord(&toks[k+1]) {
			continue
		}
		left := ""
		for s := k - 2; s >= 0 && s >= k-3; s-- {
			if p, ok := d.lookup(text[toks[s].s:toks[k-1].e]); ok && capWord(&toks[s]) && containsByte(p.name, ' ') {
				left = p.name // "Roth und Lenz": the full names
				break
			}
		}
		if left == "" {
			continue
		}
		right := ""
		if p, ok := d.lookup(d.nameAt(toks, text, k+1, true, d.unit.lex, false, false)); ok {
			right = p.name
		}
		if right != "" && right != left && containsByte(right, ' ') {
			d.pair = namePairDE{who: left + "; " + right, unit: d.units}
			return
		}
	}
}

// bothPairDE returns the pair of people noted last (noteNamePairDE) when
// the unit writes its claimant, a single noun, right after "beiden" ("die
// beiden Forscherinnen") and the pair was named at most namePairReach units
// before; else who.
func (d *docState) bothPairDE(toks []token, text, who string) string {
	if who == "" || containsByte(who, ' ') || d.pair.who == "" || d.units-d.pair.unit > namePairReach {
		return who
	}
	for k := 1; k < len(toks); k++ {
		if toks[k-1].low == "beiden" && text[toks[k].s:toks[k].e] == who {
			return d.pair.who
		}
	}
	return who
}
