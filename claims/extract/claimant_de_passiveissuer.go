package extract

import "strings"

// "Der vom Fährverband vorgelegte Bericht empfiehlt …", "Der von der
// Hafenkammer veröffentlichten Studie zufolge …": a document whose issuer
// is the agent of an attributive participle of issuing ("vorgelegt",
// "veröffentlicht") speaks for that issuer, as "der Bericht des
// Fährverbands" does. The document must be the source: it opens the unit
// as its subject, comes before "zufolge", or is where "heißt es" reads.

// issuingParticiplesDE are the participles of verbs by which a body
// issues a document (closed class), without an adjective's ending.
var issuingParticiplesDE = map[string]bool{
	"vorgelegt": true, "veröffentlicht": true, "erstellt": true, "verfasst": true, "herausgegeben": true,
	"präsentiert": true, "vorgestellt": true, "verbreitet": true, "durchgeführt": true, "verschickt": true,
	"eingebracht": true, "beschlossen": true, "unterzeichnet": true, "geschrieben": true, "ausgearbeitet": true,
	"erarbeitet": true, "abgegeben": true, "publiziert": true, "übermittelt": true, "verabschiedet": true,
}

// issuingParticipleDE reports whether the lower-case w is one of
// issuingParticiplesDE with an adjective's ending ("vorgelegte",
// "veröffentlichten", "vorgelegter").
func issuingParticipleDE(w string) bool {
	for _, end := range [...]string{"e", "en", "er", "es", "em"} {
		if s, ok := strings.CutSuffix(w, end); ok && issuingParticiplesDE[s] {
			return true
		}
	}
	return false
}

// issuedDocWordDE reports whether the lower-case w names a document a body
// issues: documentWordDE, or a proposal ("Vorschlag", "Empfehlungen").
func issuedDocWordDE(w string) bool {
	switch w {
	case "vorschlag", "vorschläge", "empfehlung", "empfehlungen":
		return true
	}
	return documentWordDE(w)
}

// passiveIssuerDE replaces no claimant, or a bare document noun as one
// ("Studie"), by the issuer the unit names as the agent of a participle
// of issuing before a document in the source's place (issuedDocAtDE).
func passiveIssuerDE(toks []token, text, who string) string {
	if who != "" && (strings.ContainsRune(who, ' ') || !documentWordDE(lowerWordOf(toks, text, who))) {
		return who
	}
	for k := 1; k+3 < len(toks); k++ {
		if toks[k].low != "von" && toks[k].low != "vom" {
			continue
		}
		if name := issuedDocAtDE(toks, text, k); name != "" {
			return name
		}
	}
	return who
}

// issuedDocAtDE returns the name after "von"/"vom" at k when a participle
// of issuing and a document follow it ("vom Fährverband vorgelegte
// Bericht"), and the document is the unit's source: followed by
// "zufolge", the subject that opens the unit (an article first, only
// words of time before "von": openingPhraseDE, a lower-case verb after the
// document) or in a unit with "heißt es"; "" otherwise.
func issuedDocAtDE(toks []token, text string, k int) string {
	j := k + 1
	if toks[k].low == "von" && (toks[j].low == "der" || toks[j].low == "dem" || toks[j].low == "den") {
		j++
	}
	if j >= len(toks) || !capWord(&toks[j]) {
		return ""
	}
	e := capRun(toks, text, j, true)
	if e-j > 4 || e+1 >= len(toks) || !issuingParticipleDE(toks[e].low) {
		return ""
	}
	n := e + 1
	for n < len(toks) && n-e <= 3 && lowerWord(&toks[n]) && inflectedDE(toks[n].low) {
		n++ // "vorgelegte neue Bericht"
	}
	if n >= len(toks) || !capWord(&toks[n]) || !issuedDocWordDE(toks[n].low) {
		return ""
	}
	name := text[toks[j].s:toks[e-1].e]
	switch {
	case n+1 < len(toks) && toks[n+1].low == "zufolge":
		return name
	case toks[0].cat&cDet != 0 && n+1 < len(toks) && lowerWord(&toks[n+1]) && openingPhraseDE(toks, k):
		return name
	case heisstEsDE(toks):
		return name
	}
	return ""
}

// openingPhraseDE reports whether the words between the unit's first
// token and k may belong to a noun phrase that opens the unit: capitalised
// words and numbers ("Ende Mai", "2019") and a few prepositions and
// adverbs of time ("im", "am", "bereits"); no verb, no punctuation ("Die
// Stadt lehnte den vom …").
func openingPhraseDE(toks []token, k int) bool {
	for i := 1; i < k; i++ {
		t := &toks[i]
		switch {
		case capWord(t) || t.is(tNum):
		case t.is(tPunct):
			return false
		default:
			switch t.low {
			case "im", "am", "seit", "bereits", "schon", "erst", "zuvor", "bislang", "kürzlich", "jüngst":
			default:
				return false
			}
		}
	}
	return true
}

// heisstEsDE reports whether the unit holds "heißt es" or "hieß es".
func heisstEsDE(toks []token) bool {
	for i := 0; i+1 < len(toks); i++ {
		if (toks[i].low == "heißt" || toks[i].low == "hieß") && toks[i+1].low == "es" {
			return true
		}
	}
	return false
}

// lowerWordOf returns the one-word w in lower case: the lower-case form of
// the unit's token that is w, without allocating, else strings.ToLower(w)
// (a claimant carried from an earlier unit).
func lowerWordOf(toks []token, text, w string) string {
	for k := range toks {
		if toks[k].e-toks[k].s == len(w) && text[toks[k].s:toks[k].e] == w {
			return toks[k].low
		}
	}
	return strings.ToLower(w)
}
