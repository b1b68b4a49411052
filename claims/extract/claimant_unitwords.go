package extract

// Several German claimant rules need a word of a small set somewhere in the
// unit (a verb of reportVerbsDE, "sich", a noun of groupNounsDE, "heißt")
// and test every token to find it, though most units hold none. attribute
// scans a German unit once for all these sets (absentSets) and keeps in
// docState.absent the sets the unit lacks; such a rule asks lacks first
// and returns at once for a unit without its word.

// wordSets is a set of bits, one for each set of words below.
type wordSets uint32

const (
	wsReport     wordSets = 1 << iota // a verb of reportVerbsDE (reportsDE)
	wsAttitude                        // an adjective of attitudesDE, or "davon" (attitudeFormDE)
	wsGroup                           // a noun of groupNounsDE (groupBeforeDE, groupAfterDE)
	wsSich                            // "sich" (reflexiveClauseDE)
	wsHeisst                          // "heißt" or "hieß" (heisstEsAt, heisstEsDE)
	wsLautet                          // "lautet" or "lautete" (lautetSourceDE)
	wsSo                              // "so" (soSourceDE)
	wsNach                            // "nach" or "aus" (nachSourceDE, nachAngabenDE)
	wsErsatz                          // a form of ersatzPluralDE (reportedFormDE)
	wsParticiple                      // a participle reportParticipleDE takes, of phraseParticiplesDE only after its word (perfectReportDE)
	wsFinding                         // a verb of findingVerbsDE, "hervor", "ergebnis", "schluss" or "schluß" (findingSourceDE)
	wsEigene                          // "eigenen", "eigener" or "eigenangaben" (ownAccountDE)
	wsZufolge                         // "zufolge" (infoCompoundDE)
	wsVerlautet                       // a form of "verlauten" or "verlautbaren" (verlautetSourceDE)
	wsCome                            // "kam", "kamen", "kommt", "kommen", "gab" or "gibt" (comeVerbDE; stanceSourceDE)
	wsPosBody                         // a verb of positionBodyVerbDE or regretVerbDE (positionBodyDE)
	wsHold                            // "hält", "hielt", "halten" or "hielten" (rolePositionDE)
	wsGo                              // "geht", "gehen", "ging" or "gingen" (assumeSpeakerDE)
	wsPosition                        // a verb of positionVerbsDE (positionSpeakerDE)
	wsWill                            // "will", "wollte" or "wollen" (wantsPersonDE, wantsBodyDE)
	wsStance                          // a participle of stanceParticiplesDE (passiveAgentDE)
	wsFear                            // a plural verb of fearing, expecting or doubting of opinionVerbDE (groupSourceDE)
	wsLaut                            // "laut" (lowerAgencyDE)
	wsKnown                           // the unit was scanned: the other bits are known
)

// setWordsDE are the sets' single words (setOfWordDE).
var setWordsDE = []string{
	"sich", "davon", "heißt", "hieß", "lautet", "lautete", "so", "nach", "aus",
	"hervor", "hervorgeht", "hervorging", "hervorgehen", "hervorgingen", "ergebnis", "schluss", "schluß", "eigenen", "eigener", "eigenangaben", "zufolge",
	"verlautete", "verlautet", "verlauteten", "verlautbarte", "kam", "kamen", "kommt", "kommen", "gab", "gibt",
	"bedauert", "bedauerte", "bedauerten", "bedauern", "würdigt", "würdigte", "würdigten",
	"befand", "befindet", "befanden", "sieht", "sah", "sahen", "sehen", "beziffert", "bezifferte", "bezifferten",
	"plädiert", "plädierte", "plädierten", "erwartet", "erwartete", "erwarteten",
	"reagiert", "reagierte", "reagierten", "reagieren", "prognostiziert", "prognostizierte", "prognostizierten", "hält", "hielt", "halten", "hielten", "geht", "gehen", "ging", "gingen",
	"will", "wollte", "wollen", "fürchten", "fürchteten", "erwarten", "vermuten", "streiten", "stritten", // "erwarteten" is of wsPosBody
	"laut",
}

// setOfWordDE returns the set of a single word of setWordsDE, no set for
// another word.
func setOfWordDE(w string) wordSets {
	switch w {
	case "sich":
		return wsSich
	case "davon":
		return wsAttitude
	case "heißt", "hieß":
		return wsHeisst
	case "lautet", "lautete":
		return wsLautet
	case "so":
		return wsSo
	case "nach", "aus":
		return wsNach
	case "hervor", "hervorgeht", "hervorging", "hervorgehen", "hervorgingen", "ergebnis", "schluss", "schluß":
		return wsFinding
	case "eigenen", "eigener", "eigenangaben":
		return wsEigene
	case "zufolge":
		return wsZufolge
	case "verlautete", "verlautet", "verlauteten", "verlautbarte":
		return wsVerlautet
	case "kam", "kamen", "kommt", "kommen", "gab", "gibt":
		return wsCome
	case "bedauert", "bedauerte", "bedauerten", "bedauern", "würdigt", "würdigte", "würdigten",
		"befand", "befindet", "befanden", "sieht", "sah", "sahen", "sehen", "beziffert", "bezifferte", "bezifferten",
		"plädiert", "plädierte", "plädierten", "erwartet", "erwartete", "erwarteten",
		"reagiert", "reagierte", "reagierten", "reagieren", "prognostiziert", "prognostizierte", "prognostizierten", "bewertet", "bewertete", "bewerteten": // change with positionBodyVerbDE and regretVerbDE
		return wsPosBody
	case "hält", "hielt", "halten", "hielten": // change with rolePositionDE
		return wsHold
	case "geht", "gehen", "ging", "gingen": // change with assumeSpeakerDE
		return wsGo
	case "will", "wollte", "wollen": // change with wantsPersonDE and wantsBodyDE
		return wsWill
	case "fürchten", "fürchteten", "erwarten", "vermuten", "streiten", "stritten": // change with fearVerbDE
		return wsFear
	case "laut":
		return wsLaut
	}
	return 0
}

// Filters of the sets' maps, and setsFilterDE of all the sets' words,
// asked first for every word. A filter passes a few words of no set too
// ("werden" passes reportFilterDE), so absentSets asks a set's map after
// its filter (keyOf).
var (
	attitudeFilterDE = newWordFilter(attitudesDE)
	groupFilterDE    = newWordFilter(groupNounsDE)
	ersatzFilterDE   = newWordFilter(ersatzPluralDE)
	participleFilter = unionFilter(nil, newWordFilter(reportParticiplesDE), newWordFilter(phraseParticiplesDE))
	findingFilterDE  = newWordFilter(findingVerbsDE)
	positionFilterDE = unionFilter(positionVerbsDE)
	positionSetDE    = keySet(positionVerbsDE)
	setsFilterDE     = unionFilter(setWordsDE, reportFilterDE, attitudeFilterDE, groupFilterDE, ersatzFilterDE, participleFilter, findingFilterDE, positionFilterDE, stanceFilterDE)
)

// allSets are the sets of words that absentSets looks for.
const allSets = wsReport | wsAttitude | wsGroup | wsSich | wsHeisst | wsLautet | wsSo | wsNach | wsErsatz | wsParticiple |
	wsFinding | wsEigene | wsZufolge | wsVerlautet | wsCome | wsPosBody | wsHold | wsGo | wsPosition | wsWill | wsStance | wsFear | wsLaut

// absentSets returns wsKnown and the sets of which no token of toks holds
// a word (in lower case): a key of the set's map (keyOf), one of its single
// words (setOfWordDE); a participle counts only when reportParticipleDE
// takes it, with the word before it ("bekannt gegeben", not "gegeben"
// alone), which holds as well in any part of the unit.
func absentSets(toks []token) wordSets {
	var present wordSets
	for k := range toks {
		w := toks[k].low
		b := wordBit(w)
		if !setsFilterDE.has(b) {
			continue // a word of none of the sets
		}
		present |= setOfWordDE(w) | setIf(keyOf(reportFilterDE, b, reportVerbsDE, w), wsReport) | setIf(keyOf(attitudeFilterDE, b, attitudesDE, w), wsAttitude) |
			setIf(keyOf(groupFilterDE, b, groupNounsDE, w), wsGroup) | setIf(keyOf(ersatzFilterDE, b, ersatzPluralDE, w), wsErsatz) |
			setIf(participleFilter.has(b) && reportParticipleDE(toks, k), wsParticiple) | setIf(keyOf(findingFilterDE, b, findingVerbsDE, w), wsFinding) |
			setIf(keyOf(positionFilterDE, b, positionSetDE, w), wsPosition) | setIf(keyOf(stanceFilterDE, b, stanceParticiplesDE, w), wsStance)
	}
	return wsKnown | allSets&^present
}

// keyOf reports whether w, of the bit b (wordBit), is a key of m, whose
// keys the filter f holds: the map is asked only for a word that passes
// the filter, and a word that passes it but is no key counts for nothing.
func keyOf[V any](f *wordFilter, b uint32, m map[string]V, w string) bool {
	if !f.has(b) {
		return false
	}
	_, ok := m[w]
	return ok
}

// keySet returns the words as the keys of a map.
func keySet(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
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
