package extract

import (
	"slices"
	"strings"
)

// Two coordinated clauses, each with a speaker of its own: "Ann Lee said
// the plan was late, while Tom Bell said it was on time", "Die Stadt
// lehnte ab, der Kreis forderte dagegen mehr Geld". The guide wants both
// claimants, separated by "; ".

// otherClauseSpeakers adds to who, the speaker the rules found, the
// speakers of the unit's other verbs of saying that stand in a clause of
// their own, joined to the first by a conjunction of contrast or
// addition after a comma ("…, while …", "…, and …", "…; …", "…, während
// …"); who unchanged when there is no such clause or its speaker is who.
func (d *docState) otherClauseSpeakers(u *claimUnit, who string) string {
	if who == "" || len(u.verbs) < 2 {
		return who
	}
	toks := u.toks
	vs := u.verbs
	if !slices.IsSorted(vs) {
		vs = slices.Sorted(slices.Values(vs)) // the English verb closing the sentence is asked first
	}
	var out []string // who's claimants and those added, once a second clause is found
	added := false
	for i := 1; i < len(vs); i++ {
		j := clauseJoinBetween(toks, vs[i-1], vs[i], u.de)
		if j < 0 || !plainSayingVerb(toks[vs[i]].low, u.de) || noSpeakerVerb(toks, vs[i], u.de) {
			continue
		}
		if out == nil {
			out = strings.Split(who, "; ")
		}
		w := d.verbSpeaker(u, vs[i])
		if w == "" || strings.Contains(w, "; ") || !namedIn(toks, u.text, j, min(vs[i]+6, len(toks)), w) || d.amongWritten(out, w) {
			continue // no speaker, or one not named in the new clause, or one already found
		}
		if !d.clauseSpeakerIs(u, vs[i-1], out) {
			return who // the first clause's speaker is not the one found: the rules read another verb
		}
		out, added = append(out, w), true
	}
	if !added {
		return who
	}
	return strings.Join(out, "; ")
}

// clauseSpeakerIs reports whether the speaker of the verb v is among
// names.
func (d *docState) clauseSpeakerIs(u *claimUnit, v int, names []string) bool {
	return slices.Contains(names, d.verbSpeaker(u, v))
}

// clauseJoinBetween returns where a new main clause starts between the
// verbs a and b: after a semicolon, or after a comma and a coordinating
// or contrasting conjunction ("and", "but", "while", "whereas"; "und",
// "aber", "doch", "während", "wohingegen"), outside quotation marks; -1
// when none does.
func clauseJoinBetween(toks []token, a, b int, de bool) int {
	for k := a + 1; k < b; k++ {
		t := &toks[k]
		if t.is(tQuote) {
			return -1
		}
		if t.p == ';' {
			return k + 1
		}
		if t.p == ',' && k+1 < b && clauseConjunction(toks[k+1].low, de) {
			return k + 2
		}
	}
	return -1
}

// namedIn reports whether the last word of the claimant who is one of the
// words toks[a:b].
func namedIn(toks []token, text string, a, b int, who string) bool {
	last := lastWord(who)
	for k := a; k < b; k++ {
		if strings.EqualFold(text[toks[k].s:toks[k].e], last) {
			return true
		}
	}
	return false
}

// amongWritten reports whether who names one of the claimants names by
// its last word ("Sanders" and "Bernie Sanders").
func (d *docState) amongWritten(names []string, who string) bool {
	for _, n := range names {
		if d.writes(n, who) {
			return true
		}
	}
	return false
}

// plainSayingVerb reports whether w is a verb of plain saying or
// reporting, whose subject states the clause's claim ("said", "denies",
// "reported"; "sagte", "bestreitet", "berichtete"): a verb of finding or
// conceding ("found", "acknowledged") in a second clause mostly tells
// what happened.
func plainSayingVerb(w string, de bool) bool {
	if de {
		switch w {
		case "sagte", "sagt", "sagten", "sagen", "erklärte", "erklärt", "erklärten", "erklären", "betonte", "betont",
			"berichtete", "berichtet", "berichteten", "schrieb", "schreibt", "bestritt", "bestreitet", "meinte", "meint":
			return true
		}
		return false
	}
	switch w {
	case "said", "says", "say", "told", "tells", "stated", "states", "argued", "argues", "denied", "denies", "deny",
		"claimed", "claims", "maintained", "maintains", "contended", "contends", "reported", "reports", "insisted", "insists", "wrote", "writes":
		return true
	}
	return false
}

// clauseConjunction reports whether w joins two main clauses after a
// comma.
func clauseConjunction(w string, de bool) bool {
	if de {
		switch w {
		case "und", "aber", "doch", "während", "wohingegen", "jedoch":
			return true
		}
		return false
	}
	switch w {
	case "and", "but", "while", "whereas":
		return true
	}
	return false
}
