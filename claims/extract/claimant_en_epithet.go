package extract

import "strings"

// An English definite description of a person as the subject of a verb
// of saying ("…,” the former governor said", "the cautious candidate
// said") that no role the text wrote before a name resolves refers, as a
// pronoun would, to the person in view (epithetPersonEN): news writing
// varies the speaker's name with such epithets.

// epithetBeforeEN returns the person in view when the subject of the
// English verb of saying v (one that only reports speech: sayingVerbEN) is
// "the", at most three modifiers and a noun for a person (epithetNounEN)
// opening the clause; "" otherwise.
func (d *docState) epithetBeforeEN(toks []token, v int, lex lexicon) string {
	if !sayingVerbEN(toks[v].low) {
		return "" // "the governor maintains an office", "the justice testified on …"
	}
	e := verbGroupStartEN(toks, v)
	if e < 2 || toks[e-1].is(tCap) || !epithetNounEN(&toks[e-1], lex) {
		return ""
	}
	for s := e - 2; s >= 0 && e-s <= 5; s-- {
		t := &toks[s]
		if t.is(tPunct) && !gluedPunct(toks, s) {
			return ""
		}
		if t.low != "the" {
			continue
		}
		if s > 0 && !toks[s-1].is(tPunct) {
			return ""
		}
		if ageEpithetEN(toks[e-1].low) {
			return d.agePersonEN() // "The 54-year-old added" (claimant_en_ageepithet.go)
		}
		return d.epithetPersonEN()
	}
	return ""
}

// epithetNounEN reports whether t, in lower case, names a person by an
// office, rank or public part: a role of the lexicon, an English title
// word, a noun of candidacy and standing, or an age ("54-year-old":
// ageEpithetEN).
func epithetNounEN(t *token, lex lexicon) bool {
	if roleOf(t, lex) != "" || titleWordEN(t.low) || ageEpithetEN(t.low) {
		return true
	}
	return foldIn(t.low, "candidate", "nominee", "frontrunner", "front-runner", "hopeful", "contender", "leader",
		"lawmaker", "legislator", "billionaire", "businessman", "businesswoman", "pontiff")
}

// lastPersonSpeakerEN returns the English speaker with a person's name
// quoted most recently, of whatever gender; "" if none.
func (d *docState) lastPersonSpeakerEN() string {
	best := -1
	for k := range d.speakerEN {
		if d.speakerEN[k] != "" && (best < 0 || d.speakerAt[k] > d.speakerAt[best]) {
			best = k
		}
	}
	if best < 0 {
		return ""
	}
	return d.speakerEN[best]
}

// sayingVerbEN reports whether w is a past or present form of an English
// verb that only reports speech or writing and takes what was said as its
// object: say, tell, add, write, argue, note, insist, explain, reply,
// respond. Verbs that also name other acts ("maintain", "indicate",
// "point", "testify") are left out.
func sayingVerbEN(w string) bool {
	return foldIn(w, "said", "says", "told", "tells", "added", "adds", "wrote", "writes", "argued", "argues",
		"noted", "notes", "insisted", "insists", "explained", "explains", "replied", "replies", "responded",
		"responds")
}

// partyEpithetEN returns the person in view when the English
// claimant who is a definite description by party, written in capitals
// as party names are ("the Kentucky Republican said", "the Senate
// Democrat added"): an epithet for someone the text has named, not a
// name. who itself otherwise.
func (d *docState) partyEpithetEN(who, text string) string {
	if !partyEpithetShapeEN(who) || !strings.Contains(text, "the "+who) && !strings.HasPrefix(text, "The "+who) {
		return who
	}
	if p := d.epithetPersonEN(); p != "" {
		return p
	}
	return who
}

// epithetPersonEN returns the person an epithet refers to: the one the
// sentence before narrated about (narratedEN: "Ann Lee toured the pier.
// The senator said …"), else the person last quoted.
func (d *docState) epithetPersonEN() string {
	if p := d.narratedEN(); p != "" {
		return p
	}
	return d.lastPersonSpeakerEN()
}

// partyEpithetShapeEN reports whether who is capitalised words ending in
// a party noun ("Kentucky Republican", "Senate Democrat") and no person
// the text named so.
func partyEpithetShapeEN(who string) bool {
	k := strings.LastIndexByte(who, ' ')
	if k <= 0 || strings.IndexByte(who, ';') >= 0 || !plainName(who) {
		return false
	}
	return foldIn(who[k+1:], "Republican", "Democrat", "Independent")
}
