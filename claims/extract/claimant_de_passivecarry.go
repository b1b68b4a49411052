package extract

// "Jan Roth sagte, die Halle sei zu klein. Erst nachdem darüber berichtet
// worden war, habe die Stadt reagiert." A Konjunktiv-I unit whose only
// verbs of saying are passives with no agent ("berichtet worden war",
// "behauptet werde") names no new speaker: it goes on in the voice of the
// last one, as a unit with no verb of saying does (carriedSpeaker).

// agentlessPassiveOnlyDE reports whether verbs is not empty and each of
// them is a passive participle ("berichtet worden", "behauptet werde",
// "verlangt wurde", passiveDE) with no "von", "vom" or "durch" in its
// clause before it, and no indicative main clause in the passive
// (indicativePassiveAuxDE in the second or third word).
func agentlessPassiveOnlyDE(toks []token, verbs []int) bool {
	if len(verbs) == 0 || len(toks) > 2 && (indicativePassiveAuxDE(toks[1].low) || indicativePassiveAuxDE(toks[2].low)) {
		return false // "So wird in einer Mitteilung gefordert, …": an indicative main clause, the author's report
	}
	for _, v := range verbs {
		if !passiveDE(toks, v) && !(v+1 < len(toks) && toks[v+1].low == "werde") {
			return false
		}
		for k := v - 1; k >= 0 && !clauseBreak(&toks[k]); k-- {
			switch toks[k].low {
			case "von", "vom", "durch":
				return false // "von der Polizei bestätigt": the agent may be the speaker
			}
		}
	}
	return true
}

// indicativePassiveAuxDE reports whether w is an indicative form of
// "werden" that heads a main clause in the second place ("So wird …
// gefordert", "Erneut wurden Vorwürfe …").
func indicativePassiveAuxDE(w string) bool {
	return w == "wird" || w == "wurde" || w == "wurden"
}
