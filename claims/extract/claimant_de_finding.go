package extract

import "strings"

// "Das ergab eine Umfrage des Instituts X", "Das zeigt eine Studie der
// Universität Y": a finding verb whose subject after it is a study of a
// named body; the body is the source of what the unit says. The study may
// carry adjectives ("eine repräsentative Umfrage des Instituts X"), and two
// more forms report a finding (findingFormDE): "Das geht aus einer
// Auswertung des Verbands X hervor" and "Zu diesem Ergebnis kommt eine
// Studie der Universität Y". When the study opens the sentence,
// findingVorfeldDE reads it: "Eine Umfrage des Instituts X ergab, dass …".

// findingVerbsDE are the verb forms that report what a study found.
var findingVerbsDE = map[string]bool{
	"ergab": true, "ergaben": true, "ergibt": true, "ergeben": true,
	"zeigt": true, "zeigte": true, "zeigen": true, "zeigten": true,
}

// studyNounsDE are the nouns of studies and their results, and of the
// papers that report them (an answer to a parliamentary question).
var studyNounsDE = map[string]bool{
	"studie": true, "umfrage": true, "auswertung": true, "analyse": true, "untersuchung": true,
	"erhebung": true, "bericht": true, "berechnung": true, "statistik": true, "befragung": true,
	"gutachten": true, "daten": true, "zahlen": true, "recherchen": true,
	"antwort": true, "dokument": true, "unterlagen": true, "übersicht": true, "aufstellung": true, // "aus einer Antwort des Ministeriums auf eine Anfrage"
}

// findingSourceDE returns the body whose study is the subject after a
// finding verb ("ergab eine Auswertung des Portals X" → "Portal X") or
// the study a finding form names (findingFormDE); "" otherwise.
func (d *docState) findingSourceDE(toks []token, text string, lex lexicon) string {
	if d.lacks(toks, wsFinding) {
		return "" // no finding verb, and none of the words findingFormDE needs
	}
	if openingFromDE(toks) {
		return d.studySourceDE(toks, text, 1, len(toks), lex) // "Aus einer Antwort des Ministeriums geht hervor, dass …" (claimant_de_fromstudy.go)
	}
	for v := 1; v+3 < len(toks); v++ {
		if !findingVerbsDE[toks[v].low] && !findingFormDE(toks, v) && !concludesDE(toks, v) {
			continue
		}
		if findingVerbsDE[toks[v].low] || concludesDE(toks, v) {
			if who := d.findingVorfeldDE(toks, text, v, lex); who != "" {
				return who // "Eine Umfrage des Instituts X ergab, dass …", "Eine Studie des Instituts X kam zu dem Ergebnis, dass …"
			}
		}
		if who := d.studySourceDE(toks, text, v+1, len(toks), lex); who != "" {
			return who
		}
		if toks[v].low == "aus" {
			if who := d.relativePublisherDE(toks, text, v+1, lex); who != "" {
				return who // "aus einem Papier hervor, das der Verband X veröffentlicht hat"
			}
			if who := d.documentIssuerDE(toks, text, v+1, lex); who != "" {
				return who // "Das geht aus einer Vorlage der Stadtverwaltung hervor"
			}
		}
	}
	return ""
}

// findingVorfeldDE returns the body whose study opens the sentence as the
// subject of the finding verb v: an article, perhaps adjectives, a noun of
// studyNounsDE and its genitive, all before v ("Eine neue Studie der
// Universität Y zeigt, dass …"), a name of two words or more, a body by
// its head noun ("der Polizei") or a name the text knows; "zeigt" must
// report with ", dass" (the training labels leave "Die Zahlen der Polizei
// zeigen ein differenziertes Bild" without claimant); "" otherwise.
func (d *docState) findingVorfeldDE(toks []token, text string, v int, lex lexicon) string {
	n := 0
	if toks[0].cat&cDet == 0 {
		return ""
	}
	n++
	for n < v && toks[n].flags&(tCap|tPunct|tNum) == 0 && inflectedDE(toks[n].low) {
		n++ // "Eine neue …"
	}
	if n+2 >= v || !studyNounsDE[toks[n].low] {
		return ""
	}
	if strings.HasPrefix(toks[v].low, "zeig") && !(v+2 < len(toks) && toks[v+1].p == ',' && toks[v+2].low == "dass") {
		return "" // "zeigen ein differenziertes Bild": a finding only with "dass"
	}
	if l := toks[n+1].low; l != "des" && l != "der" {
		return "" // "Eine Analyse von Rückkehrern": after "von" as often what was studied
	}
	who := d.genitiveSourceDE(toks, text, n+1, v, lex)
	if !d.studyIssuerDE(who) {
		return "" // "Die Analyse des Spiels": one common noun, no body
	}
	return who
}

// studySourceDE reads a study of a named body from token n up to e:
// perhaps an article, up to two lower-case adjectives, a noun of
// studyNounsDE or a compound of a publication's noun
// (publicationCompoundDE: "Nachwahlbefragung", "Mitgliederumfrage"), then
// "des/der/von/vom" and the body; "" otherwise.
func (d *docState) studySourceDE(toks []token, text string, n, e int, lex lexicon) string {
	if n < len(toks) && toks[n].cat&cDet != 0 {
		n++
	}
	for a := 0; a < 2 && n < len(toks) && lowerWord(&toks[n]) && toks[n].cat&cDet == 0 && inflectedDE(toks[n].low); a++ {
		n++ // "eine repräsentative Umfrage"
	}
	if n+1 >= e || !studyNounsDE[toks[n].low] && !publicationCompoundDE(toks[n].low) {
		return "" // also a compound: "einer Nachwahlbefragung des Instituts X"
	}
	switch toks[n+1].low {
	case "des", "der", "von", "vom":
		return d.genitiveSourceDE(toks, text, n+1, e, lex)
	}
	return ""
}

// findingFormDE reports whether token v opens the subject of a finding
// in one of three more forms: "aus" after "geht/ging" with "hervor" later
// in the unit ("Das geht aus einer Umfrage des X hervor"), or
// "kommt/kam" after "Ergebnis" or "Schluss" ("Zu diesem Ergebnis kommt
// eine Studie des X"), or "Ergebnis" after "ist das" (resultOfDE).
func findingFormDE(toks []token, v int) bool {
	switch toks[v].low {
	case "aus":
		if v < 1 || !goVerbDE(toks[v-1].low) {
			return fromStudyDE(toks, v) // "wie aus … hervorgeht", "ging am Samstag aus … hervor"
		}
		for k := v + 1; k < len(toks); k++ {
			if toks[k].low == "hervor" {
				return true
			}
		}
	case "kommt", "kam", "kommen", "kamen":
		return v >= 1 && (toks[v-1].low == "ergebnis" || toks[v-1].low == "schluss" || toks[v-1].low == "schluß")
	case "ergebnis", "ergebnisse":
		return resultOfDE(toks, v) // "Das ist das Ergebnis einer Umfrage des X"
	}
	return false
}

// resultOfDE reports whether the noun "Ergebnis" at v follows "ist das" /
// "war das" / "sind die" / "waren die": the sentence names the study whose
// result the text just gave ("Das ist das Ergebnis einer Umfrage des X").
func resultOfDE(toks []token, v int) bool {
	if v < 2 || toks[v-1].low != "das" && toks[v-1].low != "die" {
		return false
	}
	switch toks[v-2].low {
	case "ist", "war", "sind", "waren":
		return true
	}
	return false
}

// goVerbDE reports whether w is a finite form of "gehen" as "hervorgehen"
// uses it.
func goVerbDE(w string) bool {
	switch w {
	case "geht", "ging", "gehen", "gingen", "gehe":
		return true
	}
	return false
}

// concludesDE reports whether the verb at v is a form of "kommen" whose
// clause goes on with "zu dem" or "zum" and "Ergebnis" or "Schluss": the
// subject before it states a finding ("Eine Studie des Instituts X kam
// 2023 zu dem Ergebnis, dass …").
func concludesDE(toks []token, v int) bool {
	switch toks[v].low {
	case "kommt", "kam", "kommen", "kamen":
	default:
		return false
	}
	for k := v + 2; k < len(toks) && k <= v+5 && !toks[k].is(tPunct); k++ {
		switch toks[k].low {
		case "ergebnis", "schluss", "schluß":
			return toks[k-1].low == "zum" || toks[k-1].low == "dem" && toks[k-2].low == "zu"
		}
	}
	return false
}

// documentIssuerDE reads the body whose document "aus … hervor" names
// from token n: perhaps an article and up to two lower-case adjectives,
// any capitalised noun, then "des" or "der" and the body before "hervor"
// or the clause's end ("aus einer Vorlage der Stadtverwaltung für den
// Bauausschuss hervor" → "Stadtverwaltung"), which must be a name of
// several words, a body by its head noun or a name the text knows
// (studyIssuerDE); "" otherwise.
func (d *docState) documentIssuerDE(toks []token, text string, n int, lex lexicon) string {
	if n < len(toks) && toks[n].cat&cDet != 0 {
		n++
	}
	for a := 0; a < 2 && n < len(toks) && lowerWord(&toks[n]) && inflectedDE(toks[n].low); a++ {
		n++
	}
	if n+2 >= len(toks) || !capWord(&toks[n]) || toks[n].cat != 0 || toks[n+1].low != "des" && toks[n+1].low != "der" {
		return ""
	}
	e := n + 2
	for e < len(toks) && toks[e].low != "hervor" && !toks[e].is(tPunct) {
		e++
	}
	who := d.genitiveSourceDE(toks, text, n+1, e, lex)
	if !d.studyIssuerDE(who) {
		return "" // "aus den Akten des Falls": one common noun, no body
	}
	return who
}

// studyIssuerDE reports whether who can have issued a study or a
// document: a name of several words, a body by its head noun or a name
// the text knows, not one common noun ("des Spiels", "des Falls").
func (d *docState) studyIssuerDE(who string) bool {
	return strings.IndexByte(who, ' ') >= 0 || bodyHeadDE(who) != "" || d.known(who)
}
