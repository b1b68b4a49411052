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
	}
	return 0
}

// Filters of the sets' maps, and setsFilterDE of all the sets' words,
// asked first for every word.
var (
	attitudeFilterDE = newWordFilter(attitudesDE)
	groupFilterDE    = newWordFilter(groupNounsDE)
	ersatzFilterDE   = newWordFilter(ersatzPluralDE)
	participleFilter = unionFilter(nil, newWordFilter(reportParticiplesDE), newWordFilter(phraseParticiplesDE))
	findingFilterDE  = newWordFilter(findingVerbsDE)
	positionFilterDE = unionFilter(positionVerbsDE)
	setsFilterDE     = unionFilter(setWordsDE, reportFilterDE, attitudeFilterDE, groupFilterDE, ersatzFilterDE, participleFilter, findingFilterDE, positionFilterDE, stanceFilterDE)
)

// allSets are the sets of words that absentSets looks for.
const allSets = wsReport | wsAttitude | wsGroup | wsSich | wsHeisst | wsLautet | wsSo | wsNach | wsErsatz | wsParticiple |
	wsFinding | wsEigene | wsZufolge | wsVerlautet | wsCome | wsPosBody | wsHold | wsGo | wsPosition | wsWill | wsStance | wsFear

// absentSets returns wsKnown and the sets of which no token of toks holds
// a word (in lower case). A word that passes a set's wordFilter counts as
// one of it, so a set is absent only when it surely is; but a participle
// counts only when reportParticipleDE takes it, with the word before it
// ("bekannt gegeben", not "gegeben" alone), which holds as well in any
// part of the unit.
func absentSets(toks []token) wordSets {
	var present wordSets
	for k := range toks {
		w := toks[k].low
		b := wordBit(w)
		if !setsFilterDE.has(b) {
			continue // a word of none of the sets
		}
		present |= setOfWordDE(w) | setIf(reportFilterDE.has(b), wsReport) | setIf(attitudeFilterDE.has(b), wsAttitude) | setIf(groupFilterDE.has(b), wsGroup) | setIf(ersatzFilterDE.has(b), wsErsatz) | setIf(participleFilter.has(b) && reportParticipleDE(toks, k), wsParticiple) | setIf(findingFilterDE.has(b), wsFinding) | setIf(positionFilterDE.has(b), wsPosition) | setIf(stanceFilterDE.has(b), wsStance)
	}
	return wsKnown | allSets&^present
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
