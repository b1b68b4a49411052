package extract

import "strings"

// An English participle of a verb of saying set off by a comma ("Lee
// accepted the delay, saying she had no choice", "…, arguing that …") or
// after "by" ("Lee ended the speech by saying …")
// has no subject of its own: it shares the subject of the main clause,
// who makes the claim the participle introduces.

// participleSpeakerEN returns the subject of the main clause of a unit
// whose claim is introduced by a comma and a participle of a verb of
// saying outside quotation marks; "" when there is none or the subject
// is neither a pronoun nor a person the text knows by a full name.
func (d *docState) participleSpeakerEN(toks []token, text string, lex lexicon) string {
	p := sayingParticipleEN(toks, text)
	if p < 0 {
		return ""
	}
	s := mainSubjectStartEN(toks, p)
	if s < 0 || clauseBreakEN(toks, s, p) || toks[p-1].p != ',' && !byMeansSaidEN(toks, s, p) {
		return ""
	}
	who := d.nameAt(toks, text, s, false, lex, false, true)
	if r := roleAfterRunEN(toks, text, s, lex); r > 0 {
		if dp := d.describedPersonEN(toks, text, r+1, p); dp != "" {
			return dp // "Harbor City press secretary Ann Lee …": the person the role describes
		}
	}
	if pronoun(&toks[s], false) == 0 && !d.known(who) {
		return d.describedPersonEN(toks, text, s, p) // "Committee chairman Rep. Ann Lee refused …"
	}
	return who
}

// describedPersonEN returns the full name of the first person the text
// knows by a name of two words or more among the words from s up to the
// first comma (at most eight words, before p): the subject described by
// the words before the name ("Republican candidate Ann Lee"); "" if none.
// A description alone ("The Ohio Republican") is no name.
func (d *docState) describedPersonEN(toks []token, text string, s, p int) string {
	for k := s; k < p && k < s+8 && toks[k].p != ','; k++ {
		if !capWord(&toks[k]) {
			continue
		}
		if i, ok := d.byKey[text[toks[k].s:toks[k].e]]; ok {
			if q := &d.people[i]; strings.IndexByte(q.name, ' ') > 0 && d.personLikeEN(q.name) {
				return q.name
			}
		}
	}
	return ""
}

// sayingParticipleEN returns the index of the first participle of a verb
// of saying that follows a comma, "by" or a conjunction of time ("while",
// "before", "after", "when") outside quotation marks, -1 if none.
func sayingParticipleEN(toks []token, text string) int {
	return unquotedIndex(toks, text, func(i int) bool {
		return i > 1 && (toks[i-1].p == ',' || foldIn(toks[i-1].low, "by", "while", "before", "after", "when")) &&
			sayingIngEN(toks[i].low) // "…, saying", "ended the speech by saying", "left before saying"
	})
}

// sayingIngEN reports whether w is the -ing form of an English verb of
// saying that takes the content of what is said as its clause ("saying
// (that) …", "arguing that …"). Verbs of thinking and feeling ("fearing",
// "believing") report no claim made in public, and verbs of judging or
// asking ("praising", "calling", "asking") and of posting ("tweeting")
// mostly take an object rather than a claim; they are left out.
func sayingIngEN(w string) bool {
	return len(w) > 5 && foldIn(w, "saying", "telling", "writing", "arguing", "insisting", "noting", "warning",
		"claiming", "explaining", "alleging", "contending", "asserting", "suggesting", "urging", "recalling",
		"stressing", "acknowledging", "admitting", "denying", "confirming", "maintaining",
		"responding", "replying")
}

// mainSubjectStartEN returns where the subject of the main clause before
// token p starts: the unit's start, or after the comma that closes a
// fronted phrase opened by a preposition, an adverb or a participle ("In
// an interview, Lee …", "Asked about it, Lee …"); words that join
// clauses ("But", "And", "Though") are skipped. -1 when no comma closes the fronted
// phrase before p or no word is left for the subject.
func mainSubjectStartEN(toks []token, p int) int {
	s := 0
	for steps := 0; steps < 3 && s < p; steps++ {
		for s < p && (foldIn(toks[s].low, "but", "and", "yet", "so", "though") || s > 0 && toks[s].p == ',') {
			s++ // "But …", ", though, …"
		}
		if s >= p {
			return -1
		}
		if !frontedOpenerEN(&toks[s]) {
			return s
		}
		c := s + 1
		for c < p && toks[c].p != ',' {
			c++
		}
		if c >= p-1 {
			return -1
		}
		s = c + 1
	}
	if s >= p {
		return -1
	}
	return s
}

// frontedOpenerEN reports whether t opens a fronted phrase rather than
// the subject: a preposition, an adverb in -ly, a participle in -ing,
// "asked", a word of time, or "here"/"there" ("Here in Dayton, Lee …").
func frontedOpenerEN(t *token) bool {
	w := t.low
	switch w {
	case "in", "at", "on", "during", "after", "before", "since", "amid", "for", "with", "without", "while", "when",
		"as", "despite", "earlier", "later", "meanwhile", "still", "however", "then", "now", "instead", "asked", "from", "by", "under", "over", "here", "there":
		return true
	}
	if t.cat&(cWeekday|cRelDate|cMonth) != 0 {
		return true
	}
	return len(w) > 4 && (strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ing"))
}

// clauseBreakEN reports whether a colon or semicolon stands between
// tokens s and p: the participle belongs to a later clause, whose
// subject is not the one at s.
func clauseBreakEN(toks []token, s, p int) bool {
	for i := s; i < p; i++ {
		if toks[i].p == ':' || toks[i].p == ';' {
			return true
		}
	}
	return false
}

// roleAfterRunEN returns the index of the role or title that follows the
// capitalised run starting at token s, right after it or after one
// lower-case word ("Harbor City press secretary", "Harbor Budget Committee
// Chairman"): the run names the body or place of the role, and the person
// comes after; -1 if none does.
func roleAfterRunEN(toks []token, text string, s int, lex lexicon) int {
	e := capRun(toks, text, s, false)
	for k := e; k < len(toks) && k <= e+1; k++ {
		if roleOf(&toks[k], lex) != "" || titleWordEN(toks[k].low) {
			return k
		}
		if !lowerWord(&toks[k]) {
			return -1
		}
	}
	return -1
}

// byMeansSaidEN reports whether "by" (or a conjunction of time) and the
// participle at p belong to the main clause that opens at s and report
// what was said: no word between
// that opens another clause ("investigating whether Lee erred by
// urging …") or makes the act a possibility ("could fight it, perhaps by
// arguing …"), and not "urging", which asks for an act rather than
// stating a claim.
func byMeansSaidEN(toks []token, s, p int) bool {
	if toks[p].low == "urging" {
		return false
	}
	for k := s; k < p-1; k++ { // p-1: "by" or the conjunction itself
		if foldIn(toks[k].low, "whether", "how", "if", "that", "which", "who", "when", "after", "before",
			"could", "would", "might", "may", "should", "can", "perhaps", "tried", "try", "tries") {
			return false
		}
	}
	return true
}
