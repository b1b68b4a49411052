package extract

import "strings"

// "Laut einem Bericht der Hilfsorganisation Brückenwerk fehlt Wasser. Dem
// Bericht zufolge …", "… heißt es in dem Bericht", "Der Bericht wirft den
// Behörden vor, …": a document taken up again by its noun with a definite
// article speaks for the body that issued it, the body the text named in
// the genitive after that noun before. The noun alone is no claimant
// (docClaimantDE); nor is the claimant of the unit that brought the
// document up, often an agency reporting on it.

// docReachDE is how many units after the one that named a document's
// issuer its noun still refers to that document: further on, another
// document of that kind is as likely.
const docReachDE = 6

// noteDocIssuersDE records, for every document noun of the German unit
// followed by a body in the genitive ("Bericht der Hilfsorganisation X",
// "Studie des Landesamts"), that body as the noun's issuer for the units
// that follow. A document of that noun brought up with an indefinite
// article and no issuer ("eine neue Studie aus Kiel") is another one: the
// issuer noted before no longer holds.
func (d *docState) noteDocIssuersDE(toks []token, text string, lex lexicon) {
	ownerRead := false // noteDocOwnerDE read the first noun of its documents, with its genitive
	// docHeadDE names a capitalised word only.
	for _, c := range d.capsOf(toks) {
		k := int(c)
		head := docHeadDE(&toks[k])
		if head == "" {
			continue
		}
		first := !ownerRead && (documentNounsDE[toks[k].low] || publicationCompoundDE(toks[k].low))
		ownerRead = ownerRead || first
		owner := ""
		if k+2 < len(toks) && (toks[k+1].low == "des" || toks[k+1].low == "der") && capWord(&toks[k+2]) && docHeadDE(&toks[k+2]) == "" {
			if first && d.docGenitiveDE != "" {
				owner = d.docGenitiveDE // read already, and written out (bodyNamedDE)
			} else {
				owner = d.bodyNamedDE(toks, text, d.genitiveSourceDE(toks, text, k+1, phraseEndDE(toks, k+1), lex))
			}
		}
		if strings.IndexByte(owner, ' ') < 0 && kindHeadDE(owner) != "" {
			owner = "" // "der Umweltorganisation grünes netz": a kind of body, its name in lower case cut off
		}
		if owner == "" {
			if indefiniteDocDE(toks, k) {
				d.docIssuedDE.set(head, docIssuer{})
			}
			continue
		}
		d.docIssuedDE.set(head, docIssuer{owner, d.units})
	}
}

// docIssuersDE holds the issuers of the last few document nouns noted, in
// the docState itself (no allocation): a text takes up few documents.
type docIssuersDE struct {
	heads [4]string
	is    [4]docIssuer
	next  int
}

// set notes is as the issuer of the document noun head, in place of the
// one noted for head or else of the oldest; an empty is forgets head.
func (m *docIssuersDE) set(head string, is docIssuer) {
	for i, h := range m.heads {
		if h == head {
			m.is[i] = is
			return
		}
	}
	if is.who == "" {
		return
	}
	m.heads[m.next], m.is[m.next] = head, is
	m.next = (m.next + 1) % len(m.heads)
}

// get returns the issuer noted for the document noun head.
func (m *docIssuersDE) get(head string) (docIssuer, bool) {
	for i, h := range m.heads {
		if h == head && m.is[i].who != "" {
			return m.is[i], true
		}
	}
	return docIssuer{}, false
}

// indefiniteDocDE reports whether an indefinite article stands before the
// document noun at k, perhaps with lower-case words between ("eine neue
// Studie").
func indefiniteDocDE(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch toks[j].low {
		case "ein", "eine", "einer", "einem", "einen", "eines":
			return true
		}
		if !lowerWord(&toks[j]) {
			return false
		}
	}
	return false
}

// docHeadDE returns the document noun of a capitalised token, lower case,
// without the genitive ending ("Berichts" → "bericht"), also the last part
// of a hyphenated compound ("UN-Bericht"); "" for another word. It runs on
// every token of a German unit: the forms are looked up at once
// (documentFormsDE), after their filter.
func docHeadDE(t *token) string {
	if !capWord(t) {
		return ""
	}
	w := t.low
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		w = w[i+1:]
	}
	if !documentFormFilterDE.mayHold(w) {
		return ""
	}
	return documentFormsDE[w]
}

// docFormEndsDE are the endings docHeadDE cuts from a word to find a
// document noun, in the order it tries them: none, then the genitive's.
var docFormEndsDE = [...]string{"", "s", "es"}

// documentFormsDE maps each noun of documentNounsDE with each ending of
// docFormEndsDE to the noun. A form that two nouns could make keeps the
// noun of the earlier ending, as cutting the endings in their order finds
// it (TestDocHeadDE compares docHeadDE with that reading).
var documentFormsDE = func() map[string]string {
	m := map[string]string{}
	for _, end := range docFormEndsDE {
		for n := range documentNounsDE {
			if _, ok := m[n+end]; !ok {
				m[n+end] = n
			}
		}
	}
	return m
}()

// documentFormFilterDE is the wordFilter of documentFormsDE.
var documentFormFilterDE = newWordFilter(documentFormsDE)

// docIssuerDE returns, for a German unit that names no claimant or only a
// document noun, the issuer noted for a document noun the unit takes up
// as its source: after a definite article in "Dem Bericht zufolge", "laut
// dem Bericht", "heißt es in dem Bericht", "nach Angaben des Berichts" or
// as the subject of the unit's verb of saying ("Der Bericht wirft … vor",
// "so die Studie"), within docReachDE units of the issuer's; who
// otherwise.
func (d *docState) docIssuerDE(u *claimUnit, who string) string {
	if d.docIssuedDE.heads[0] == "" || who != "" && !foldIn(who, docFormsDE[:]...) {
		return who
	}
	toks := u.toks
	for k := 1; k < len(toks); k++ {
		head := docHeadDE(&toks[k])
		if head == "" {
			continue
		}
		is, ok := d.docIssuedDE.get(head)
		if !ok || d.units-is.unit > docReachDE || !definiteDocDE(toks, k) || !docSourceRoleDE(u, k) {
			continue
		}
		return is.who
	}
	return who
}

// definiteDocDE reports whether the document noun at k is taken up with a
// definite article or a demonstrative ("dem Bericht", "im Bericht",
// "dieser Studie"); "laut Mitteilung" without one may mean the
// communication a verb just named ("wie die Behörde mitteilte").
func definiteDocDE(toks []token, k int) bool {
	switch toks[k-1].low {
	case "der", "die", "das", "dem", "den", "des", "im", "diese", "dieser", "diesem", "dieses":
		return true
	}
	return false
}

// docSourceRoleDE reports whether the document noun at k is the source of
// the unit: right before "zufolge", after "laut" or "nach Angaben", in a
// unit with "heißt es" or "hieß es", after "so" ("…, so die Studie."), or
// the subject of a verb of saying of the unit, right before it or right
// after it ("führt der Bericht aus").
func docSourceRoleDE(u *claimUnit, k int) bool {
	toks := u.toks
	if k+1 < len(toks) && toks[k+1].low == "zufolge" {
		return true
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if toks[j].low == "laut" || toks[j].low == "angaben" {
			return true
		}
	}
	if hasToken(toks, "heißt") || hasToken(toks, "hieß") {
		return true
	}
	if k >= 2 && toks[k-2].low == "so" {
		return true // "…, so die Studie."
	}
	for _, v := range u.verbs {
		if v == k+1 || v == k-2 {
			return true
		}
	}
	return false
}
