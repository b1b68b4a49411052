package extract

// Several German claimant rules need a word of a small set somewhere in the
// unit (a verb of reportVerbsDE, "sich", a noun of groupNounsDE) and test
// every token outside quotation marks to find it, though most units hold
// none. attribute scans a German unit once for all these sets (absentSets)
// and keeps in docState.absent the sets the unit lacks; such a rule asks
// lacks first and returns at once for a unit without its word.

// wordSets is a set of bits, one for each set of words below.
type wordSets uint8

const (
	wsReport   wordSets = 1 << iota // a verb of reportVerbsDE (reportsDE)
	wsAttitude                      // an adjective of attitudesDE, or "davon" (attitudeFormDE)
	wsGroup                         // a noun of groupNounsDE (groupBeforeDE, groupAfterDE)
	wsSich                          // "sich" (reflexiveClauseDE)
	wsKnown                         // the unit was scanned: the other bits are known
)

// Filters of the sets' maps, asked first for every word.
var (
	attitudeFilterDE = newWordFilter(attitudesDE)
	groupFilterDE    = newWordFilter(groupNounsDE)
)

// absentSets returns wsKnown and the sets of which no token of toks holds
// a word (in lower case). A word that passes a set's wordFilter counts as
// one of it, so a set is absent only when it surely is.
func absentSets(toks []token) wordSets {
	var present wordSets
	for k := range toks {
		w := toks[k].low
		switch w {
		case "sich":
			present |= wsSich
		case "davon":
			present |= wsAttitude
		}
		b := wordBit(w)
		present |= setIf(reportFilterDE.has(b), wsReport) | setIf(attitudeFilterDE.has(b), wsAttitude) | setIf(groupFilterDE.has(b), wsGroup)
	}
	return wsKnown | (wsReport|wsAttitude|wsGroup|wsSich)&^present
}

// setIf returns s when ok, else no set.
func setIf(ok bool, s wordSets) wordSets {
	if ok {
		return s
	}
	return 0
}

// lacks reports whether the unit toks holds no word of the set s. It asks
// d.absent when that is known (attribute scanned the unit being
// attributed: a rule may be given a part of it, which lacks whatever the
// whole lacks), else scans toks.
func (d *docState) lacks(toks []token, s wordSets) bool {
	a := d.absent
	if a&wsKnown == 0 {
		a = absentSets(toks)
	}
	return a&s != 0
}
