package extract

import "strings"

// "Berichten zufolge", "Medienberichten zufolge", "Ersten Angaben
// zufolge", "Unbestätigten Berichten zufolge": the guide gives such a
// sentence no claimant, for the reports name no source. zufolgeSpeaker
// took the first capitalised word before "zufolge" for the source, so an
// adjective or the report noun itself became the claimant ("Unbestätigten",
// "Medienberichten").

// reportNounsDE are German nouns of reports and their contents that name
// no source by themselves (a closed class of nouns of communication).
var reportNounsDE = map[string]bool{
	"berichten": true, "bericht": true, "meldungen": true, "meldung": true, "angaben": true,
	"informationen": true, "gerüchten": true, "annahmen": true, "schätzungen": true,
	"überlieferungen": true, "überlieferung": true, "quellen": true, "spekulationen": true,
}

// unnamedReportPrefixesDE are the first parts of compounds of reportNounsDE
// that name a kind of source, not a source ("Medienberichten",
// "Zeitungsberichten", "Agenturmeldungen", "Presseberichten").
var unnamedReportPrefixesDE = [...]string{"medien", "zeitungs", "presse", "agentur", "augenzeugen", "zeugen"}

// unnamedReportDE reports whether the noun before "zufolge" at z names no
// source: a noun of reportNounsDE or a compound of one with a prefix of
// unnamedReportPrefixesDE, without a genitive or name after it, with at
// most an indefinite or no article and adjectives before it ("Ersten
// Angaben zufolge"; not "Den Angaben zufolge", which refers to a source
// named before).
func unnamedReportDE(toks []token, z int) bool {
	h := z - 1
	if h < 0 || !reportNounDE(toks[h].low) {
		return false
	}
	for k := h - 1; k >= 0 && h-k <= 3; k-- {
		switch t := &toks[k]; {
		case t.cat&cDet != 0:
			return t.low != "dem" && t.low != "den" && t.low != "der" && t.low != "diesen" && t.low != "diesem"
		case t.is(tPunct) || lowerWord(t) && !inflectedDE(t.low):
			return true
		case k == h-1 && capWord(t) && strings.HasSuffix(t.low, "s"):
			return false // "Browns Angaben zufolge": the possessor is the source
		}
	}
	return true
}

// reportNounDE reports whether w (lower case) is a noun of reportNounsDE
// or such a compound.
func reportNounDE(w string) bool {
	if reportNounsDE[w] {
		return true
	}
	for _, p := range unnamedReportPrefixesDE {
		if rest, ok := strings.CutPrefix(w, p); ok && reportNounsDE[rest] {
			return true
		}
	}
	return false
}

// unnamedReportCutDE drops a claimant that another rule read off an unnamed
// report before "zufolge" (unnamedReportDE): one that holds the report
// noun or lies in the four words before it ("Medienberichten",
// "Unbestätigten", "entstammen Zeitungsberichten").
func unnamedReportCutDE(toks []token, text, who string) string {
	if who == "" {
		return who
	}
	for z := 1; z < len(toks); z++ {
		if toks[z].low != "zufolge" || !unnamedReportDE(toks, z) {
			continue
		}
		if strings.Contains(who, text[toks[z-1].s:toks[z-1].e]) {
			return ""
		}
		for k := max(0, z-5); k < z; k++ {
			if strings.HasPrefix(who, text[toks[k].s:toks[k].e]) && capWord(&toks[k]) {
				return ""
			}
		}
	}
	return who
}
