package extract

// Multi-word verbs of saying and of taking a position keep their first
// word apart from the participle in the perfect: "hat es bekannt gegeben",
// "hatte eine Hilfe in Aussicht gestellt", "hat zu bedenken gegeben",
// "hatte scharfe Kritik geübt". The participle alone says nothing
// ("gestellt", "gegeben", "geübt" are among the commonest words), so it
// counts only after the word of the phrase.

// phraseParticiplesDE maps a participle to the words that, right before
// it, make it a verb of saying or of taking a position ("zu bedenken
// gegeben", "in Aussicht gestellt", "bekannt gegeben", "Kritik geübt"; not
// "deutlich gemacht": "gemacht" is a word of the sample article).
var phraseParticiplesDE = map[string][]string{
	"gegeben":  {"bekannt", "bedenken", "verstehen", "protokoll"},
	"gestellt": {"aussicht", "frage", "infrage"},
	"geübt":    {"kritik"},
}

// reportParticipleDE reports whether the token at v is a participle of a
// separable verb of reporting (reportParticiplesDE: "hervorgehoben") or the
// participle of a multi-word one after its first word (phraseParticiplesDE:
// "zu bedenken gegeben").
func reportParticipleDE(toks []token, v int) bool {
	w := toks[v].low
	if !participleFilter.mayHold(w) {
		return false // neither kind of participle
	}
	if reportParticiplesDE[w] {
		return true
	}
	for _, p := range phraseParticiplesDE[w] {
		if v > 0 && toks[v-1].low == p {
			return true
		}
	}
	return false
}
