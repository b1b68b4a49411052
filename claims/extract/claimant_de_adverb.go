package extract

import "strings"

// A German sentence often opens with an adverb, capitalised there
// ("Schließlich sagte …", "Anschließend erklärten …", "Früher hieß es …"),
// which the rules may read as the subject before the verb. An adverb, or a
// part of the day, is never a claimant.

// adverbsOpenDE are German adverbs and particles that open sentences and
// have no adverbial suffix the rule below reads (closed class).
var adverbsOpenDE = map[string]bool{
	"da": true, "früher": true, "gut": true, "erneut": true, "zumindest": true, "immerhin": true, "indes": true,
	"freilich": true, "jedenfalls": true, "gleichwohl": true, "überdies": true, "ferner": true, "womöglich": true,
	"offenbar": true, "kürzlich": true, "vorerst": true, "zunächst": true, "weiterhin": true, "ebenso": true, "genauso": true,
	"weiter": true, "kaum": true,
	// the nouns of fixed adverbials: "des Weiteren", "des Öfteren", "im Übrigen", "im Folgenden",
	// "im Allgemeinen", "im Wesentlichen", "im Grunde", "im Ganzen"
	"weiteren": true, "öfteren": true, "übrigen": true, "folgenden": true, "allgemeinen": true, "wesentlichen": true,
	"grunde": true, "ganzen": true,
	"unterdessen": true, "derweil": true, "indessen": true, "mittlerweile": true,
}

// adverbSuffixesDE are the endings of German adverbs and adverbially used
// adjectives and participles: -lich ("schließlich", "wahrscheinlich"),
// -end ("anschließend", "entsprechend"), -mal ("einmal"), -weise
// ("möglicherweise"), -falls ("ebenfalls"), -isch ("Kritisch äußert sich
// …") and the parts of the day ("Montagabend", "Vormittag"). An adjective
// of attitude (attitudesDE: "Skeptisch", "Besorgt") is no claimant either.
var adverbSuffixesDE = [...]string{"lich", "end", "mal", "weise", "falls", "abend", "morgen", "mittag", "nacht", "isch"}

// adverbClaimantDE returns "" for a German claimant of one word that is an
// adverb (adverbsOpenDE, adverbSuffixesDE) and no name the text gave a
// person ("Fröhlich" as a surname stays), else who.
func (d *docState) adverbClaimantDE(who string) string {
	if negativeLeadDE(who) {
		return "" // "Kein Problem, fand das Gericht": a negated noun phrase names nobody
	}
	if who == "" || strings.IndexByte(who, ' ') >= 0 || !upperFirst(who) {
		return who
	}
	if _, ok := d.byKey[who]; ok {
		return who
	}
	var buf [64]byte
	low := string(appendLower(buf[:0], who)) // strings.ToLower(who), on the stack for most words
	if adverbsOpenDE[low] || indefinitePronounsDE[low] || attitudesDE[low] || discourseNounDE(low) {
		return ""
	}
	for _, suf := range adverbSuffixesDE {
		if len(low) > len(suf)+2 && strings.HasSuffix(low, suf) {
			return ""
		}
	}
	return who
}
