package extract

import "strings"

// A name and an unnamed group of people as one subject: "Senator Ann Lee
// and several state attorneys general have said", "Tom Bell and two other
// officials said". The guide wants every claimant, separated by "; ": the
// person or body by name, the group as written (without a leading "the",
// as groupSubjectEN writes groups). coSubjectsEN joins only names;
// "Residents and business owners said" stays one group.

// maxGroupWords is the most words of the group after "and".
const maxGroupWords = 7

// nameGroupEN returns "A; B" when a verb of saying of the unit has as its
// subject a name A (conjunctEN) that opens its clause, "and", and a group
// of people B (andBeforeGroupEN), and the speaker found so far is none, A
// or B; who unchanged otherwise. A verb in its base form ("… and his
// supporters argue") is not read: on the check part it lost units.
func (d *docState) nameGroupEN(u *claimUnit, who string) string {
	if strings.Contains(who, "; ") {
		return who
	}
	toks := u.toks
	for _, v := range u.verbs {
		if v < 3 || toks[v].cat&cAccording != 0 || noSpeakerVerb(toks, v, false) {
			continue
		}
		e := subjectEndEN(toks, auxiliaryStartEN(toks, v))
		for e > 0 && betweenSubjectVerbEN[toks[e-1].low] {
			e-- // "… and his allies have repeatedly denied"
		}
		a := andBeforeGroupEN(toks, e, u.lex)
		if a < 1 {
			continue
		}
		s, name, ok := conjunctEN(toks, u.text, a, u.lex)
		if !ok || !clauseOpenEN(toks, s) {
			continue
		}
		g := a + 1
		if toks[g].low == "the" {
			g++
		}
		group := u.text[toks[g].s:toks[e-1].e]
		if who != "" && !strings.EqualFold(who, group) && !d.writes(u.text[toks[name.s].s:toks[name.e-1].e], who) {
			continue // another speaker
		}
		if person := personNameEN(gluedLinkNameEN(d.nameAt(toks[:name.e], u.text, name.s, false, u.lex, true, true))); person != "" {
			return person + "; " + group
		}
	}
	return who
}

// andBeforeGroupEN returns the position of the "and" before the group
// that ends before token e, or -1: the words after "and" are at most
// maxGroupWords words in one clause (no punctuation, verb, subject
// pronoun or clause word; a possessive may stand) whose head, the word
// before a preposition or the last word, names people (groupHeadEN:
// "other council members", "Democrats in both chambers").
func andBeforeGroupEN(toks []token, e int, lex lexicon) int {
	head := e - 1
	for k := e - 1; k >= 1 && e-k <= maxGroupWords; k-- {
		t := &toks[k]
		if t.low == "and" {
			if k+1 >= e || head <= k || !groupHeadEN(toks, head, k+1, lex) {
				return -1
			}
			return k
		}
		if t.is(tPunct) || t.is(tQuote) || t.cat&(cAux|cSpeech|cModal) != 0 || t.cat&(cPronM|cPronF) != 0 && !possessive[t.low] || foldIn(t.low, "that", "who", "which", "they", "we", "it", "or") {
			return -1
		}
		if groupPrepositionEN(t.low) {
			head = k - 1 // "Democrats in both chambers": the head before the preposition
		}
	}
	return -1
}

// groupHeadEN reports whether toks[h], the head of the group that starts
// at toks[s], is a plural noun (groupNounEN) that names people: a role
// or a noun of agent (personNounEN: "members", "attorneys general"), one
// of peopleNounEN ("officials"), or a capitalised plural first or after a
// word of groupLeadEN ("other Democrats"). "Others" describes no one
// ("Ann Lee and others say").
func groupHeadEN(toks []token, h, s int, lex lexicon) bool {
	if toks[h].low == "general" && h > s {
		h-- // "attorneys general"
	}
	t := &toks[h]
	if t.low == "others" {
		return false
	}
	capital := t.is(tCap) && !t.is(tPunct)
	if capital && h > s && !groupLeadEN(toks[h-1].low) {
		return false
	}
	if !capital && !personNounEN(t, lex) && !peopleNounEN(t.low) {
		return false
	}
	return groupNounEN(t, h == s || capital)
}

// peopleNounEN reports whether w is a plural noun for people in public
// life that personNounEN's endings miss.
func peopleNounEN(w string) bool {
	return foldIn(w, "officials", "aides", "allies", "colleagues")
}

// groupLeadEN reports whether w may stand before a capitalised plural head
// of a group ("other Democrats", "several Republicans").
func groupLeadEN(w string) bool {
	return possessive[w] || foldIn(w, "other", "some", "several", "many", "fellow", "most", "the", "two", "three", "four")
}

// groupPrepositionEN reports whether w opens the complement of a group's
// head ("members of the board", "Democrats in both chambers").
func groupPrepositionEN(w string) bool {
	return foldIn(w, "of", "in", "on", "at", "from", "for", "across")
}
