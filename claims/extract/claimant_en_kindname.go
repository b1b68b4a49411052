package extract

import "strings"

// "…, the grid operator Northvale Power said. … The operator said …": a
// name written right after "the" and a noun for a kind of body is a body
// of that kind, whatever the form of its name; a later description by the
// same noun ("the operator said") refers to it. And "the national
// disaster agency said … The meteorological office warned …": a
// description whose noun differs from the noun that ends the body quoted
// last names another body, the description itself.

// kindNameEN is the body last named after a noun for its kind.
type kindNameEN struct {
	body string // "Northvale Power"
	noun string // "operator", in lower case
}

// maxKindModifiers is the most lower-case words between "the" and the
// noun for the body's kind ("the regional grid operator").
const maxKindModifiers = 2

// noteKindNameEN reports whether the claimant who is written in the unit
// right after "the", at most maxKindModifiers lower-case words and a noun
// for a kind of body (bodyNounEN), and then notes who with that noun.
func (d *docState) noteKindNameEN(who string) bool {
	toks, text := d.unit.toks, d.unit.text
	for i := 1; i < len(toks); i++ {
		if toks[i].s+len(who) > len(text) || text[toks[i].s:toks[i].s+len(who)] != who {
			continue
		}
		n := &toks[i-1]
		if !lowerWord(n) || !bodyNounEN(n.low) {
			return false
		}
		for k := i - 2; k >= 0 && i-1-k <= maxKindModifiers+1; k-- {
			if toks[k].low == "the" {
				d.kind = kindNameEN{body: who, noun: n.low}
				return true
			}
			if !lowerWord(&toks[k]) {
				return false
			}
		}
		return false
	}
	return false
}

// kindBodyEN returns the body noted with the noun of the English
// description before the verb of saying v ("the operator said" after "the
// grid operator Northvale Power"), when it is still the body quoted last;
// "" otherwise.
func (d *docState) kindBodyEN(toks []token, v int) string {
	e := verbGroupStartEN(toks, v)
	if e < 1 || d.kind.body == "" || d.kind.body != d.lastBodyEN || toks[e-1].low != d.kind.noun {
		return ""
	}
	return d.kind.body
}

// otherKindEN returns the description before the English verb of saying
// v, without its article, when it has a lower-case modifier and its noun,
// a noun for a public body, differs from the noun for a public body that
// ends body ("meteorological office" after "national disaster agency");
// body otherwise.
func otherKindEN(toks []token, text string, v int, body string) string {
	e := verbGroupStartEN(toks, v)
	if body == "" || e < 3 || toks[e-2].low == "the" || !lowerWord(&toks[e-2]) {
		return body
	}
	last := strings.ToLower(body[strings.LastIndexByte(body, ' ')+1:])
	if noun := toks[e-1].low; noun == last || !publicBodyNounEN(noun) || !publicBodyNounEN(last) {
		return body
	}
	b := e - 2
	for b > 0 && toks[b-1].low != "the" && lowerWord(&toks[b-1]) {
		b--
	}
	return text[toks[b].s:toks[e-1].e]
}

// knownBodyEN reports whether name is the body quoted last or the body
// last named after a noun for its kind: no "his" or "her" refers to it.
func (d *docState) knownBodyEN(name string) bool {
	return name != "" && (name == d.lastBodyEN || name == d.kind.body)
}
