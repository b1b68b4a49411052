package extract

import (
	"slices"
	"strings"
)

// A debate's or a town hall's transcript, or its minutes, often writes a
// turn's label in ordinary case, not in capitals: a role alone
// ("Moderator: Please let each other finish."), a surname the text named
// before ("Kallweit: Das war vor dem Tempo 30."), or a surname after a
// courtesy title or an office, perhaps with a party or a place after it
// ("Dr. Wiegand: …", "Ms. Okafor (Independent): …", "Frau Pohlmann aus
// Unterhöfen: …"). In news a capitalised word before a colon is mostly a
// topic ("Hintergrund: …", "Update: …"), so such a label is read only at
// the start of a paragraph of a text that has shown itself a transcript
// (transcriptEN.on: by a label in capitals, or by a role alone, in either
// case), and a name only when a title stands before it, or when the text
// named the person in full before or an earlier label gave the name. A label that names nobody there ("Ein Bürger: …",
// "A resident: …") ends the turn before: its voice goes on no more.

// maxCaseLabelTokens is the most tokens before the colon of a label in
// ordinary case (title, stop, name, a party or a place after it).
const maxCaseLabelTokens = 7

// caseLabel returns the speaker a turn label in ordinary case opening the
// unit names (the fullest name the text gave), "" when the unit opens with
// none or the label names nobody. roles are the roles a label may open
// with, in lower case; titled reports whether a lower-cased word is a
// courtesy title or an office.
func (d *docState) caseLabel(toks []token, text string, roles map[string]bool, titled func(string) bool) string {
	if !d.answer.paraStart || len(toks) < 2 || !toks[0].is(tCap) || toks[0].is(tPunct) || toks[0].is(tAllCap) {
		return ""
	}
	colon := caseLabelColon(toks)
	if colon < 0 || !fullStopTurnEN(toks, colon) {
		return ""
	}
	if colon == 1 && roles[toks[0].low] {
		d.turns.on = true // "Moderatorin: Bitte …": a transcript,
		d.prevClaim = ""  // and the turn before is over
		return ""
	}
	if !d.turns.on {
		return ""
	}
	first := 0
	if colon > 1 && titled(toks[0].low) {
		first = 1
		if toks[1].p == '.' && toks[1].s == toks[0].e {
			first = 2 // "Dr. Wiegand:"
		}
	}
	end := first
	for end < colon && end-first < 2 && toks[end].is(tCap) && !toks[end].is(tPunct) && !toks[end].is(tAllCap) && toks[end].cat&(cDet|cNotName) == 0 {
		end++
	}
	if end > first {
		name := text[toks[first].s:toks[end-1].e]
		if i, known := d.byKey[name]; known && i < d.before {
			return d.people[i].name
		}
		if first > 0 || end-first == 1 && d.turns.labelled(name) {
			d.turns.noteLast(name)
			return d.turns.labelNameEN(name)
		}
	}
	d.prevClaim = "" // "Ein Bürger: …": nobody named, and the turn before is over
	return ""
}

// noteLast remembers the last word of a label's name.
func (t *transcriptEN) noteLast(name string) {
	if k := strings.LastIndexByte(name, ' '); k >= 0 {
		name = name[k+1:]
	}
	if !t.labelled(name) {
		t.last = append(t.last, name)
	}
}

// labelled reports whether name is the last word of a label's name read
// before ("Kallweit" after "KALLWEIT: …" or "Herr Kallweit: …").
func (t *transcriptEN) labelled(name string) bool {
	return slices.Contains(t.last, name)
}

// caseLabelColon returns the index of the colon that closes a label at
// the start of the unit (at most maxCaseLabelTokens tokens of words,
// stops and parentheses before it), -1 when there is none.
func caseLabelColon(toks []token) int {
	for k := 1; k < len(toks) && k <= maxCaseLabelTokens; k++ {
		t := &toks[k]
		if t.p == ':' && t.is(tPunct) {
			return k
		}
		if t.is(tPunct) && t.p != '.' && t.p != '(' && t.p != ')' {
			return -1
		}
	}
	return -1
}

// caseTitleDE reports whether w, in lower case, is a German courtesy
// title or an office before a surname ("Frau", "Dr", "Bürgermeister").
func caseTitleDE(w string) bool {
	return wordCategory(w)&cRole != 0
}

// caseTitleEN reports whether w, in lower case, is an English courtesy
// title or an office before a surname ("Ms", "Governor").
func caseTitleEN(w string) bool {
	return courtesyTitleEN(w) || titleWordEN(w) || wordCategory(w)&cRole != 0
}
