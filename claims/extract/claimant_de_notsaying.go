package extract

import "strings"

// A word the lexicon counts as a verb of saying does not always report a
// statement: an attributive participle ("die bestätigten Infektionen"), a
// separable verb whose particle changes the sense ("sagte seine Teilnahme
// ab" cancels, "wies elf Punkte aus" shows, "weisen Gäste ab" turn away,
// "ruft den Lehrer an" phones), "fordern" of victims ("forderte 92
// Todesopfer"), a ruling ("für nichtig erklärt", declaredDE), or a comment
// on the wording ("Kurz gesagt", wordingGesagtDE), or a negated verb
// ("wollte sich nicht äußern", negatedDE), or "bestätigen" with "sich"
// (sichConfirmDE), or "nennt sich" (is called: sichNameDE), or "Geschichte
// schreiben" (historyWrittenDE), or a column's tagline ("schreibt hier":
// columnTaglineDE), or "heißen" with a subject ("Der Mann hieß Karl
// Weber": namingDE), or "empfiehlt sich" (is advisable: sichAdvisableDE).

// notSayingDE reports whether the German word v, a verb of saying by the
// lexicon, reports no statement here.
func notSayingDE(toks []token, v int) bool {
	return declaredDE(toks, v) || attributiveDE(toks, v) || particleSenseDE(toks, v) || victimsDE(toks, v) || wordingGesagtDE(toks, v) || negatedDE(toks, v) || sichConfirmDE(toks, v) || sichNameDE(toks, v) || historyWrittenDE(toks, v) || columnTaglineDE(toks, v) || crossReferenceDE(toks, v) || namingDE(toks, v) || sichAdvisableDE(toks, v)
}

// attributiveDE reports whether v is a participle used as an adjective:
// declined (-e, -en, -er, -es, -em), a noun right after it, and an article,
// a number (not a year) or a quantity word right before it, not opening
// the sentence ("der bestätigten Infizierten", "650 bestätigte Fälle").
func attributiveDE(toks []token, v int) bool {
	if v < 1 || v+1 >= len(toks) || !capWord(&toks[v+1]) || !inflectedDE(toks[v].low) {
		return false
	}
	p := &toks[v-1]
	if v == 1 || p.low == "das" || p.low == "dies" {
		return false // "Das sagte Eva Roth": a demonstrative object opens the sentence
	}
	return p.cat&(cDet|cNumWord) != 0 || p.is(tNum) && !yearDE(p) || quantifierDE[p.low]
}

// yearDE reports whether a number token is a year of four digits ("Im
// Mai 2016 sagte …"), not a count.
func yearDE(t *token) bool {
	return t.e-t.s == 4
}

// particleSenseDE reports whether the clause of v ends in a separable
// particle that turns the verb into one of another sense: "sagen … ab"
// (cancel), "sagen … zu" (accept, acceptedDE), "räumen … ab" (win), "weisen … aus" (show), "rufen … an" (phone), "werfen … auf"
// (raise: "wirft Fragen auf"). ("rufen … aus"
// both proclaims and exclaims.) The clause ends at a punctuation mark or
// where "und"/"oder" joins a second verb (particleBeforeAndDE).
func particleSenseDE(toks []token, v int) bool {
	e := v + 1
	for e < len(toks) && !toks[e].is(tPunct) {
		e++
	}
	if e-1 <= v {
		return false
	}
	return particleOfDE(toks, v, e-1) || particleBeforeAndDE(toks, v, e)
}

// particleBeforeAndDE reports whether a particle of another sense closes
// the first of two clauses joined by "und"/"oder" between v and e, the
// second opening with a lower-case word ("räumte bei der Wahl ab und
// gewann …", "sagte das Konzert ab und verschob …"); "ab und zu", "ab
// und an" (now and then) join no clauses.
func particleBeforeAndDE(toks []token, v, e int) bool {
	for k := v + 2; k+1 < e; k++ {
		if w := toks[k].low; w != "und" && w != "oder" {
			continue
		}
		if next := &toks[k+1]; !lowerWord(next) || next.low == "zu" || next.low == "an" {
			continue
		}
		if particleOfDE(toks, v, k-1) {
			return true
		}
	}
	return false
}

// particleOfDE reports whether the word at p is a particle that, with the
// verb at v, makes a verb of another sense than saying.
func particleOfDE(toks []token, v, p int) bool {
	w, particle := toks[v].low, toks[p].low
	switch {
	case strings.HasPrefix(w, "sag"):
		return particle == "ab" || particle == "zu" && acceptedDE(toks, v, p) // "sagte sofort zu": accepts
	case strings.HasPrefix(w, "räum"):
		return particle == "ab" || particle == "frei" || particle == "auf" // "räumte den Preis ab": wins, not "räumte ein"
	case strings.HasPrefix(w, "weis") || strings.HasPrefix(w, "wies"):
		return particle == "aus" || particle == "ab" // "wies elf Punkte aus": shows; "weisen Rückkehrer ab": turn away
	case strings.HasPrefix(w, "ruf") || strings.HasPrefix(w, "rief"):
		return particle == "an" || particle == "zurück" // "ruft das Modell zurück": recalls a product, says nothing
	case strings.HasPrefix(w, "wirf") || strings.HasPrefix(w, "werf") || strings.HasPrefix(w, "warf"):
		return particle == "auf" // "wirft Fragen auf": raises, says nothing
	}
	return false
}

// victimsDE reports whether v is "fordern" whose object in the clause is
// victims, after it or before it in a subordinate clause ("forderte 92
// Todesopfer", "…, die keine Verletzten forderten"): a
// disaster claims lives, nobody demands anything.
func victimsDE(toks []token, v int) bool {
	if !strings.HasPrefix(toks[v].low, "forder") {
		return false
	}
	for k := v + 1; k < len(toks) && k <= v+6 && !toks[k].is(tPunct); k++ {
		if victimNounDE(toks[k].low) {
			return true
		}
	}
	for k := v - 1; k >= 0 && k >= v-6 && !toks[k].is(tPunct); k-- {
		if victimNounDE(toks[k].low) {
			return true // "…, die keine Verletzten forderten": the verb closes a subordinate clause
		}
	}
	return false
}

// victimNounDE reports whether w is a noun for victims of a disaster.
func victimNounDE(w string) bool {
	switch w {
	case "todesopfer", "tote", "toten", "opfer", "menschenleben", "verletzte", "verletzten":
		return true
	}
	return false
}

// acceptedDE reports whether "sagen … zu" from v to the particle p accepts
// without an object: only adverbs between ("sagte sofort zu"), perhaps the
// subject with its definite article ("sagt die Tante zu"); with an object
// it pledges ("sagte Hilfe zu", "sagte 100 Millionen Euro zu").
func acceptedDE(toks []token, v, p int) bool {
	for k := v + 1; k < p; k++ {
		t := &toks[k]
		switch {
		case lowerWord(t) && t.cat&cDet == 0:
		case k == v+1 && (t.low == "der" || t.low == "die" || t.low == "er" || t.low == "sie") && (k+1 == p || capWord(&toks[k+1])):
		case k == v+2 && capWord(t) && (toks[v+1].low == "der" || toks[v+1].low == "die"):
		default:
			return false
		}
	}
	return true
}
