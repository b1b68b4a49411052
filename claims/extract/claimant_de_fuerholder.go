package extract

// "Für ihn ist das Publikum ein wichtiger Faktor", "Für Eva Roth, Leiterin
// des Heims, haben die Ausbrüche zwei Ursachen", "Für Eva Roth jedenfalls
// gibt es Belege, dass …": a unit opening with "für" and the person whose
// view it states, then a verb of being or having, gives that person as the
// claimant. fuerViewDE reads the name right before "ist dies"; this rule
// reads the forms it leaves: the pronoun "ihn" for the person the units
// before make the referent, and a person the text knows with an
// apposition or an adverb of contrast between the name and the verb.

// fuerHolderVerbsDE are the finite verbs of being and having after which
// "für X" names the holder of a view (closed class).
var fuerHolderVerbsDE = map[string]bool{"ist": true, "sind": true, "war": true, "waren": true, "bleibt": true,
	"gibt": true, "hat": true, "haben": true}

// fuerHolderAdverbsDE are the adverbs that may stand between the holder
// and the verb ("Für Eva Roth jedenfalls gibt es …").
var fuerHolderAdverbsDE = map[string]bool{"jedenfalls": true, "hingegen": true, "dagegen": true, "indes": true}

// fuerHolderDE returns the holder of the view a unit opening with "Für"
// (after "Und", "Auch", "Doch", "Aber") states: after "Für ihn" and a
// copula and a predicate with an indefinite article ("ist das ein
// Zeichen": a judgement, not "ist die Thematik nicht neu") the person
// resolvePronoun gives for a man when it has a person's form; after a name the text knows as a person's
// (articles, lower-case adjectives and role nouns may stand before it)
// followed by an adverb of fuerHolderAdverbsDE or by an apposition
// between commas and then such a verb, that person; else "".
func (d *docState) fuerHolderDE(toks []token, text string) string {
	k := fuerOpenDE(toks)
	if k < 0 {
		return ""
	}
	if toks[k].low == "ihn" {
		if !fuerJudgementDE(toks, k+1) {
			return ""
		}
		if who := d.resolvePronoun('m', true); who != "" && d.personLikeDE(who) {
			return who
		}
		return ""
	}
	s, k := fuerNameDE(toks, k)
	if s < 0 {
		return ""
	}
	v := fuerHolderVerbAtDE(toks, k)
	if v < 0 {
		return ""
	}
	for st := s; st < k; st++ { // the longest name the text knows that ends before the verb
		if p, ok := d.lookup(text[toks[st].s:toks[k-1].e]); ok && d.personLikeDE(p.name) {
			return p.name
		}
	}
	return ""
}

// fuerHolderVerbAtDE returns the index of the verb of fuerHolderVerbsDE
// that follows the holder ending before k across an adverb of
// fuerHolderAdverbsDE or an apposition between commas; -1 when none
// follows so (the verb right at k is fuerViewDE's).
func fuerHolderVerbAtDE(toks []token, k int) int {
	if fuerHolderAdverbsDE[toks[k].low] && k+1 < len(toks) && fuerHolderVerbsDE[toks[k+1].low] {
		return k + 1
	}
	if toks[k].p != ',' {
		return -1
	}
	for j := k + 1; j+1 < len(toks); j++ {
		if toks[j].p == ',' && fuerHolderVerbsDE[toks[j+1].low] {
			return j + 1
		}
	}
	return -1
}

// fuerJudgementDE reports whether the token at v is a copula ("ist",
// "war", "sind", "bleibt") and an indefinite article or "kein" follows
// within four tokens: "Für ihn ist das Publikum ein wichtiger Faktor".
func fuerJudgementDE(toks []token, v int) bool {
	switch toks[v].low {
	case "ist", "war", "sind", "bleibt":
	default:
		return false
	}
	for j := v + 1; j < len(toks) && j <= v+4; j++ {
		switch toks[j].low {
		case "ein", "eine", "einer", "kein", "keine", "keiner":
			return true
		}
	}
	return false
}
