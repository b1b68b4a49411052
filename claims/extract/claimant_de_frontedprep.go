package extract

import (
	"slices"
	"strings"
)

// A German verb of reporting with a preposition ("werben für", "pochen
// auf", "werben für") may put the prepositional phrase first, in the
// Vorfeld: "Für eine Kampagne warb der Minister", "Auf schnelle Hilfe
// pocht die Landrätin Eva Roth", "Scharfe Kritik übte der Verband" (the
// noun of a multi-word verb, perhaps after an adjective). The subject then follows the verb, at the
// start of the Mittelfeld.

// frontedPrepSpeakerDE returns the subject after the first verb of
// reportVerbsDE outside quotation marks whose preposition opens the
// sentence ("Von …", "Vom …" for "von"): a noun phrase in the nominative
// (mittelfeldSubjectDE) or a name after a describing noun
// (describedNameAfterDE); "" when there is none.
func (d *docState) frontedPrepSpeakerDE(toks []token, text string, lex lexicon) string {
	if len(toks) < 3 {
		return ""
	}
	first := toks[0].low
	if first == "vom" {
		first = "von"
	}
	if !reportPrepDE(first) && inflectedDE(first) && capWord(&toks[1]) && reportPrepDE(toks[1].low) {
		first = toks[1].low // "Scharfe Kritik an dem Plan übte …": an adjective before the verb's noun
	}
	if !reportPrepDE(first) || d.lacks(toks, wsReport) {
		return "" // no verb of reportVerbsDE takes the first word as its preposition, or none is here
	}
	return firstUnquotedDE(toks, text, func(v int) string {
		if !reportFilterDE.mayHold(toks[v].low) {
			return "" // most words, without a look-up in the map
		}
		r, ok := reportVerbsDE[toks[v].low]
		if !ok || r.prep == "" || r.prep != first || !lowerWord(&toks[v]) || v+1 >= len(toks) || toks[v+1].low == "sich" {
			return ""
		}
		for k := 1; k < v; k++ {
			if clauseBreak(&toks[k]) && !toks[k].is(tQuote) {
				return "" // the verb is not the main clause's second constituent
			}
		}
		if toks[v-1].low == "aus" || toks[v-1].low == "an" {
			return "" // "Von den Bergen aus warb …": a place, no topic
		}
		if who := d.mittelfeldSubjectDE(toks, text, v+1, lex, false); who != "" {
			return who
		}
		return d.describedNameAfterDE(toks, text, v+1, lex)
	})
}

// reportPrepsDE are the prepositions of reportVerbsDE ("von", "auf", "für"),
// each once, from the map itself.
var reportPrepsDE = func() []string {
	var ps []string
	for _, r := range reportVerbsDE {
		if r.prep != "" && !slices.Contains(ps, r.prep) {
			ps = append(ps, r.prep)
		}
	}
	return ps
}()

// reportPrepDE reports whether w is the preposition of a verb of
// reportVerbsDE.
func reportPrepDE(w string) bool {
	return w != "" && slices.Contains(reportPrepsDE, w)
}

// describedNameAfterDE returns the full name (two words or more) after an
// article at s and one capitalised noun that describes the person ("der
// Politiker Jan Roth", "die Forscherin Eva Kern"); "" when there is none.
func (d *docState) describedNameAfterDE(toks []token, text string, s int, lex lexicon) string {
	for s < len(toks) && adverbDE[toks[s].low] {
		s++ // "warb nun der …"
	}
	if s+3 >= len(toks) || toks[s].low != "der" && toks[s].low != "die" || !capWord(&toks[s+1]) || !capWord(&toks[s+2]) || !capWord(&toks[s+3]) {
		return ""
	}
	who := d.nameAt(toks, text, s+2, true, lex, false, false)
	if strings.IndexByte(who, ' ') < 0 {
		return ""
	}
	return who
}
