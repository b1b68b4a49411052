package extract

import (
	"maps"
	"slices"
	"strings"
)

// Unnamed groups of people whose profession or role is to judge, observe
// or investigate, as the subject of a plural verb of saying or of opinion:
// "…, fürchten Fachleute.", "Kritiker werfen ihm vor …", "Viele Beobachter
// halten das für möglich". The group is the source the text gives, with
// an adjective before it ("kanadische Wissenschaftler") and without a
// quantifier ("viele", "alle", "die").

// groupNounsDE are the plural nouns of such groups (masculine plural and
// feminine plural forms), generic words of the language: critics,
// observers, researchers, scientists, analysts, economists, opponents,
// supporters, investigators, authorities, physicians, lawyers; and the
// groups that take public positions: politicians, the media, unions,
// associations, activists, protesters, advocates of a cause.
var groupNounsDE = map[string]bool{
	"fachleute": true, "kritiker": true, "kritikerinnen": true,
	"beobachter": true, "beobachterinnen": true, "forscher": true, "forscherinnen": true,
	"wissenschaftler": true, "wissenschaftlerinnen": true, "analysten": true, "ökonomen": true,
	"gegner": true, "befürworter": true, "skeptiker": true, "ermittler": true, "behörden": true,
	"mediziner": true, "ärzte": true, "juristen": true, "virologen": true, "epidemiologen": true,
	"fachärzte": true, "statistiker": true, "meteorologen": true, "historiker": true,
	"politiker": true, "politikerinnen": true, "medien": true, "gewerkschaften": true, "verbände": true,
	"aktivisten": true, "aktivistinnen": true, "demonstranten": true, "umweltschützer": true,
	"verbraucherschützer": true, "datenschützer": true, "tierschützer": true,
}

// groupTailsDE holds the nouns of groupNounsDE as the tails of compounds
// ("Wirtschaftsverbände", "Lungenärzte", "Impfgegner").
var groupTailsDE = newSuffixSet(slices.Sorted(maps.Keys(groupNounsDE))...)

// groupNounDE reports whether the lower-case word w is a noun of
// groupNounsDE or a compound ending in one after at least three letters
// ("Klimaforscher", "Impfgegner").
func groupNounDE(w string) bool {
	if groupNounsDE[w] {
		return true
	}
	suf := groupTailsDE.first(w)
	return suf != "" && len(w) >= len(suf)+3
}

// fearVerbDE reports whether w is a plural verb of fearing, expecting,
// doubting or disputing (wsFear; "erwarteten" is of wsPosBody too).
func fearVerbDE(w string) bool {
	switch w {
	case "fürchten", "fürchteten", "erwarten", "erwarteten", "vermuten", "streiten", "stritten":
		return true
	}
	return false
}

// lacksOpinionDE reports whether the unit surely holds no verb of
// opinionVerbDE: no verb of saying found (claimUnit.verbs), no verb of
// position (wsPosition, wsPosBody) and none of fearing (wsFear). It spares
// most units the look for a compound (groupCompoundInDE).
func (d *docState) lacksOpinionDE(toks []token) bool {
	return len(d.unit.verbs) == 0 && d.lacks(toks, wsPosition) && d.lacks(toks, wsPosBody) && d.lacks(toks, wsFear)
}

// groupCompoundInDE reports whether a capitalised word of the unit is a
// compound of a group noun (groupNounDE), which the unit's word sets
// (wsGroup) do not see.
func groupCompoundInDE(toks []token) bool {
	for k := range toks {
		if len(toks[k].low) >= 9 && toks[k].is(tCap) && !toks[k].is(tPunct) && groupNounDE(toks[k].low) { // a compound has three letters and a noun of six bytes at least
			return true
		}
	}
	return false
}

// opinionVerbDE reports whether t is a plural finite verb of saying (the
// lexicon's, speechPluralDE, extraSpeechDE) or of taking a position or an
// opinion (positionVerbDE; fearing, expecting, doubting, disputing): the
// verbs whose subject holds the view the sentence states; not "rechnen",
// a verb of calculating and forecasting as much.
func opinionVerbDE(t *token) bool {
	if t.is(tCap) {
		return false
	}
	if !strings.HasSuffix(t.low, "en") {
		return speechPluralDE(t.low) // "fordern", "äußern", "bemängeln": a plural in -n alone
	}
	if fearVerbDE(t.low) {
		return true
	}
	if t.low == "rechnen" || t.low == "rechneten" {
		return false // also "calculate": "rechnen mit" forecasts more than it holds a view
	}
	return t.cat&cSpeech != 0 || speechPluralDE(t.low) || extraSpeechDE(t.low) || positionVerbDE(t.low)
}

// groupSourceDE returns the group of groupNounsDE that is the subject of
// a plural verb of opinion (opinionVerbDE) outside quotation marks: the
// group right before the verb at the start of the sentence ("Alle
// Virologen warnen"), or right after it ("…, fürchten viele Fachleute").
func (d *docState) groupSourceDE(toks []token, text string, lex lexicon) string {
	if d.lacks(toks, wsGroup) && (d.lacksOpinionDE(toks) || !groupCompoundInDE(toks)) {
		return "" // no noun of groupNounsDE in the unit, nor a compound of one before a verb of opinion (groupBeforeDE, groupAfterDE)
	}
	quoted := false
	for v := 0; v < len(toks); v++ {
		if doubleQuote(&toks[v], text) {
			quoted = !quoted
			continue
		}
		if quoted || !opinionVerbDE(&toks[v]) || v+1 < len(toks) && toks[v+1].low == "sich" || notSayingDE(toks, v) || declaresForDE(toks, v) || holdsNotForDE(toks, v) {
			continue
		}
		if who := groupBeforeDE(toks, text, v); who != "" {
			return who
		}
		if who := groupAfterDE(toks, text, v); who != "" {
			return who
		}
	}
	return ""
}

// groupBeforeDE returns the group noun at v-1 with its adjective when the
// words before it up to the start of the sentence are quantifiers
// ("Viele Kritiker fürchten"): the Vorfeld is then the subject.
func groupBeforeDE(toks []token, text string, v int) string {
	n := v - 1
	if g := groupGenitiveDE(toks, text, v); g >= 0 {
		n = g // "Analysten der Landesbank Baden-Württemberg halten …"
	}
	if n < 0 || !groupNounDE(toks[n].low) {
		return ""
	}
	s := n
	if s > 0 && adjectiveDE(toks[s-1].low) && !toks[s-1].is(tCap) && !quantifierDE[toks[s-1].low] {
		s-- // "kanadische Wissenschaftler"
	}
	for k := 0; k < s; k++ {
		if !quantifierDE[toks[k].low] {
			return ""
		}
	}
	return text[toks[s].s:toks[v-1].e]
}

// groupGenitiveDE returns the group noun whose genitive (orgTailDE:
// "der Landesbank Baden-Württemberg", "der jemenitischen Armee") ends
// right before the verb at v, -1 when there is none.
func groupGenitiveDE(toks []token, text string, v int) int {
	for n := v - 3; n >= 0 && n >= v-6; n-- {
		if groupNounsDE[toks[n].low] && orgTailDE(toks[:v], text, n+1) == v {
			return n
		}
	}
	return -1
}

// groupAfterDE returns the group noun right after the verb v, perhaps
// after a quantifier and an adjective ("fürchten viele erfahrene Ärzte"),
// as its subject.
func groupAfterDE(toks []token, text string, v int) string {
	k := v + 1
	for k < len(toks) && quantifierDE[toks[k].low] && !toks[k].is(tCap) {
		k++
	}
	s := k
	if k < len(toks) && !toks[k].is(tCap) && adjectiveDE(toks[k].low) {
		k++
	}
	if k >= len(toks) || !groupNounDE(toks[k].low) {
		return ""
	}
	return text[toks[s].s:toks[k].e]
}

// holdsNotForDE reports whether "halten" at v has no "für" in its clause:
// "hielten das Versprechen nicht ein" (kept), not "halten es für falsch"
// (a view).
func holdsNotForDE(toks []token, v int) bool {
	switch toks[v].low {
	case "halten", "hielten":
		_, has := clauseEndDE(toks, v)
		return !has("für")
	}
	return false
}

// declaresForDE reports whether the finite verb "erklären" at v declares
// something to be so, an act rather than a statement: "für" and a word in
// lower case later in its clause ("erklärten die Wahl für ungültig").
func declaresForDE(toks []token, v int) bool {
	if !strings.HasPrefix(toks[v].low, "erklär") {
		return false
	}
	for k := v + 1; k+1 < len(toks) && !clauseBreak(&toks[k]) && !toks[k].is(tPunct); k++ {
		if toks[k].low == "für" && lowerWord(&toks[k+1]) {
			return true
		}
	}
	return false
}
