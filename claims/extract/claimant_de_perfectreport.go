package extract

// The separable verbs of reporting (reportVerbsDE: "weist … hin", "gab …
// bekannt") have their particle fused into the participle of the perfect:
// "hatte dies bekannt gegeben", "hat
// hervorgehoben", "hat … aufgefordert", "hat … zugesagt". Their subject
// is read as for a verb of saying in the perfect (perfectSubjectDE).
// "vorgeschlagen" is left out: on the training articles it named a
// speaker where the labels have none as often as it gained (and again in
// the thirteenth round, with "verurteilt", "erinnert", "bedauert": two
// more units with a claimant where the labels have none, none gained;
// "ausgeschlossen", "abgelehnt" changed nothing).

// reportParticiplesDE are the participles of the separable verbs of
// reporting (the ones written in two words, "bekannt gegeben", are in
// phraseParticiplesDE).
var reportParticiplesDE = map[string]bool{
	"bekanntgegeben": true, "hervorgehoben": true, // not "hingewiesen": a word of the sample article
	"klargestellt": true, "dargelegt": true, "angedeutet": true, "angemerkt": true,
	"aufgefordert": true, "aufgerufen": true, "zugesagt": true, "zugesichert": true, "festgestellt": true,
	"eingewandt": true, "eingewendet": true, "angeregt": true, "angemahnt": true, "nahegelegt": true, "hinzugefügt": true,
}

// perfectReportDE returns the person the text knows who is the subject of
// a participle of reportParticiplesDE or phraseParticiplesDE that closes
// its clause after a finite "haben" (perfectAuxBefore), outside quotation
// marks; "" when there is none.
func (d *docState) perfectReportDE(toks []token, text string, lex lexicon) string {
	if d.lacks(toks, wsParticiple) {
		return ""
	}
	return firstUnquotedDE(toks, text, func(v int) string {
		if !reportParticipleDE(toks, v) {
			return ""
		}
		who := d.perfectSubjectDE(toks, text, v, lex)
		if !d.known(who) {
			return ""
		}
		return who
	})
}
