package extract

import "strings"

// A German text often names a person in a sentence of its own, by surname
// only once it has given the full name ("Am Nachmittag soll Roth sehr
// verärgert gewesen sein."), and goes on with a quotation and "sagt sie".
// The pronoun refers to the person the sentence before named, not to an
// older speaker of the same gender. The previous unit's first person by full name
// (prevFirst) already counts; this adds people named there by the
// surname of a full name the text gave before.

// namedDE holds the first person a German unit names by a known name.
type namedDE struct {
	cur, prev string
	curOpens  bool            // cur is the unit's first word (claimant_de_subjectcarry.go)
	prevOpens bool            // prev was the previous unit's first word
	spoke     map[string]bool // the claimants the units so far gave, not carried over, and their full names
	lastSpoke [2]string       // the keys noteSpoke stored last, "" for none
}

// noteSpoke adds k to spoke, but not when k is one of the two keys it
// stored last: spoke only grows within a text, and most units have the
// claimant of the unit before them (a quotation over several sentences).
func (n *namedDE) noteSpoke(k string) {
	if k != "" && (k == n.lastSpoke[0] || k == n.lastSpoke[1]) {
		return // stored already
	}
	if n.spoke == nil {
		n.spoke = map[string]bool{}
	}
	n.spoke[k] = true
	n.lastSpoke[0], n.lastSpoke[1] = k, n.lastSpoke[0]
}

// noteNamedDE moves the current unit's first named person to prev and
// finds the one of the unit toks: the person a role noun opening the unit
// refers to (roleSubjectDE: "Der Kanzler nahm Stellung."), else the first
// capitalised word outside double quotation marks, not after an article,
// that is the surname (the last word) of a full name the text gave in an
// earlier unit; "" when none.
func (d *docState) noteNamedDE(toks []token, text string) {
	d.named.prev, d.named.cur = d.named.cur, ""
	d.named.prevOpens, d.named.curOpens = d.named.curOpens, false
	if d.prevClaim != "" {
		d.named.noteSpoke(d.prevClaim)
		if q, ok := d.lookup(d.prevClaim); ok {
			d.named.noteSpoke(q.name) // "Roth" spoke: "Eva Roth" did
		}
	}
	if who := d.roleSubjectDE(toks, d.unit.lex); who != "" {
		d.named.cur = who // "Der Kanzler nahm Stellung. Er sagte …"
		return
	}
	if d.before == 0 {
		return // no one named before the unit: the look-up below finds no one
	}
	quoted := false
	for k := range toks {
		t := &toks[k]
		if doubleQuote(t, text) {
			quoted = !quoted
			continue
		}
		if quoted || !capWord(t) || k > 0 && toks[k-1].cat&cDet != 0 {
			continue // "der Abstand": a noun, whatever name it ends
		}
		w := text[t.s:t.e]
		if i, ok := d.byKey[w]; ok && i < d.before && endsWithWord(d.people[i].name, w) {
			d.named.cur, d.named.curOpens = d.people[i].name, k == 0
			return
		}
	}
}

// endsWithWord reports whether s ends with a space and w
// (strings.HasSuffix(s, " "+w)), without joining them.
func endsWithWord(s, w string) bool {
	return len(s) > len(w) && s[len(s)-len(w)-1] == ' ' && strings.HasSuffix(s, w)
}

// prevNamedDE returns the person the previous German unit named first
// (noteNamedDE) when "er" or "sie" of gender g can refer to them: their
// gender is g; or it is unknown, their name has a person's form, they
// were a claimant before (noun pairs the register took for names, such as
// "Gäste Abstand", never are), and the unit before narrated (gave no
// claimant) or the text knows no speaker of gender g, who would otherwise
// keep the pronoun ("Roth erklärte, …. …, sagte sie." with a woman quoted
// before); else "".
func (d *docState) prevNamedDE(g byte) string {
	p := d.named.prev
	if p == "" {
		return ""
	}
	pg := d.genderOf(p)
	if pg == g {
		return p
	}
	if pg != 0 || !d.personLikeDE(p) || !d.named.spoke[p] {
		return ""
	}
	if d.sinceClaim >= 2 || d.lastSpeaker[gi(g)] == "" {
		return p
	}
	return ""
}
