package extract

import "strings"

// German news name a body in full once ("das Gesundheitsministerium", "die
// südkoreanische Regierung", "der Bezirk Lichtenberg") and later by its
// head noun alone ("teilte das Ministerium mit", "die Regierung kündigte
// an"). The guide wants the fullest form the article gives ("Innenministerium"
// for "das Ressort"), so a bare head noun as claimant is the body the text
// last named with it. The full forms are kept in docState.descs beside
// describedDE's descriptions, under bodyKeyDE and the head noun, so that
// describedDE, which maps any noun it finds there, does not read them.

// bodyKeyDE prefixes the keys of docState.descs that hold bodies by head
// noun: no claimant starts with it.
const bodyKeyDE = "\x00"

// bodyHeadsDE are German head nouns of public bodies and institutions
// (closed class of the nouns that end their compound names:
// "Gesundheitsministerium", "Stadtverwaltung", "Landgericht",
// "Polizeipräsidium", "Staatsanwaltschaft", "Landesinstitut"), written as
// words of their own. "Rat" is left out: "Landrat", "Stadtrat" are people.
// "Institut" and "Kammer" ("Landesinstitut für …", "Handwerkskammer X")
// changed no training unit and name the bodies of invented news; so do
// "Museum", "Universität", "Hochschule", "Klinik" and "Theater" ("Das
// teilte das Museum mit" after "Das Stadtmuseum Talheim …"), and "Agentur"
// ("nach Angaben der Agentur" after "die Raumfahrtagentur").
var bodyHeadsDE = [...]string{"Ministerium", "Behörde", "Behörden", "Verwaltung", "Regierung", "Gericht", "Bezirk",
	"Bezirksamt", "Kommission", "Polizei", "Militär", "Verband", "Amt", "Staatsanwaltschaft", "Präsidium", "Institut", "Kammer", "Anstalt",
	"Museum", "Universität", "Hochschule", "Klinik", "Theater", "Agentur"}

// bodyHeadSetDE holds bodyHeadsDE by their last letter.
var bodyHeadSetDE = newSuffixSet(bodyHeadsDE[:]...)

// bodyHeadDE returns the head noun of a body that the capitalised word w
// ends with ("Gesundheitsministerium" → "Ministerium"), the first of
// bodyHeadsDE, "" when it ends with none. It compares without allocating,
// and only with the heads of w's last letter: it runs on every capitalised
// word of a German text.
func bodyHeadDE(w string) string {
	return bodyHeadSetDE.first(w)
}

// heldOfficeDE are compounds of "Amt" that name a post a person holds or
// trains for, not an authority that speaks ("Lehramt", "Ehrenamt").
var heldOfficeDE = map[string]bool{"lehramt": true, "ehrenamt": true, "nebenamt": true, "hauptamt": true, "richteramt": true, "bischofsamt": true}

// heldOfficeWordDE reports whether w is one of heldOfficeDE, case ignored;
// it lowers only a word ending in "amt" (noteBodiesDE asks it of every
// body word).
func heldOfficeWordDE(w string) bool {
	return len(w) >= 3 && strings.EqualFold(w[len(w)-3:], "amt") && heldOfficeDE[strings.ToLower(w)]
}

// noteBodiesDE records the bodies a German unit names in full by their
// head noun: a compound ("Gesundheitsministerium"), a head noun or compound
// with a name of one word after it ("Bezirk Lichtenberg", "Stadtverwaltung
// Lindau"; not a title and a person's name, "Landrat Eva Roth"), also in
// the genitive ("des Bezirks Lichtenberg", without its ending), and an
// article, adjectives and a head noun ("die südkoreanische Regierung" →
// "südkoreanische Regierung"). Other genitives are left out, but a
// compound with its remit is noted without its ending
// (noteGenitiveRemitDE).
func (d *docState) noteBodiesDE(toks []token, text string) {
	for _, c := range d.capsOf(toks) {
		k := int(c)
		if k == 0 {
			continue
		}
		t := &toks[k]
		w := text[t.s:t.e]
		gen := toks[k-1].low == "des" || namedCompoundDE(toks, text, k) && toks[k-2].low == "des" // "des Robert Koch-Instituts"
		if gen {
			d.noteGenitiveRemitDE(toks, text, k) // "des Landesinstituts für Infektionsschutz"
			w = genitiveBaseDE(w)                // "des Bezirks Lichtenberg" → "Bezirk Lichtenberg"
		}
		head := bodyHeadDE(w)
		if head == "" || heldOfficeWordDE(w) {
			continue // "im Lehramt": a post one holds, no authority
		}
		e := cutAtTimeWord(toks, k, capRun(toks, text, k, true))
		full := ""
		switch {
		case e == k+2 && toks[k+1].cat == 0 && bodyHeadDE(text[toks[k+1].s:toks[k+1].e]) == "":
			full = w + " " + text[toks[k+1].s:toks[k+1].e] // "Bezirk Lichtenberg"
		case gen && (!genitiveCompoundDE(w, head) || forRemitEndDE(toks, k) > k+1):
			continue // a genitive otherwise (with a remit: noteGenitiveRemitDE): its ending is no part of the name
		case forRemitEndDE(toks, k) > k+1:
			full = text[t.s:toks[forRemitEndDE(toks, k)-1].e] // "Bundesministerium für Gesundheit", "Institut für Suchtforschung"
		case len(w) > len(head) && namedCompoundDE(toks, text, k):
			full = text[toks[k-1].s:toks[k-1].e] + " " + w // "des Robert Koch-Instituts" → "Robert Koch-Institut"
		case len(w) > len(head):
			full = adjCompoundDE(toks, text, k, w, gen) // "Gesundheitsministerium", "des Landesbauernverbands" (genitiveCompoundDE), "die schwedischen Gesundheitsbehörden"
		default:
			a := adjectivesBackDE(toks, k)
			if a > 0 && a < k && toks[a-1].cat&cDet != 0 {
				full = adjPhraseDE(toks, text, toks[a-1].low, a, k, k+1) // "die südkoreanische Regierung"
			}
		}
		if full == "" {
			continue
		}
		if d.descs == nil {
			d.descs = map[string]string{}
		}
		d.descs[bodyKeyDE+head] = full
		d.descs[anyBodyKeyDE] = full // for "die Behörde" (generalBodyDE)
		if len(w) > len(head) && full != w {
			d.descs[bodyKeyDE+w] = full // "Stadtverwaltung" → "Stadtverwaltung Lindau"
		}
	}
}

// bodyNamedDE returns the body the text last named in full with the head
// noun who ("Ministerium" → "Gesundheitsministerium"), else who. A noun
// the unit writes after an indefinite article ("ein Gericht") is a body
// not named before.
func (d *docState) bodyNamedDE(toks []token, text, who string) string {
	if who == "" || bodyHeadDE(who) == "" {
		return who // no head noun: asked before the key is joined and looked up, as most claimants are no body
	}
	full := d.descs[bodyKeyDE+who]
	if full == "" {
		return who
	}
	for k := 1; k < len(toks); k++ {
		if (toks[k-1].low == "ein" || toks[k-1].low == "eine") && text[toks[k].s:toks[k].e] == who {
			return who
		}
	}
	return full
}

// namedCompoundDE reports whether the hyphenated compound at k continues a
// name of one word after an article: "das Robert Koch-Institut", "des
// Robert Koch-Instituts" (whose genitive ending is no part of the name).
func namedCompoundDE(toks []token, text string, k int) bool {
	return k >= 2 && toks[k-2].cat&cDet != 0 && capWord(&toks[k-1]) && toks[k-1].cat == 0 &&
		strings.IndexByte(text[toks[k].s:toks[k].e], '-') > 0
}
