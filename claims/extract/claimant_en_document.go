package extract

// "Harbor Watch said in a statement that … The statement said …": a
// document that speaks ("the statement said", "the letter says", "the
// poll found") speaks for whoever issued it. The text names the issuer
// where it first brings the document up, as the claimant of that unit
// ("Harbor Watch said in a statement", "Ann Lester wrote in a letter"),
// so the document noun keeps that claimant for a later "the <noun> said"
// within a few units (docReachEN).

// documentNounEN reports whether w (lower case) is an English noun of a
// document or finding that can be the subject of a verb of saying.
func documentNounEN(w string) bool {
	return documentNounsEN.has(w)
}

// documentNounsEN are the words of documentNounEN (a foldSet).
var documentNounsEN = newFoldSet("statement", "letter", "email", "memo", "report", "indictment", "complaint", "lawsuit",
	"filing", "poll", "survey", "study", "release", "tweet", "post", "document", "ruling", "advisory")

// noteDocumentsEN remembers claimant who as the issuer of every document
// noun the English unit introduces in lower case with "a" or "an" ("in a
// statement", "an open letter", "a Harlow Civic Institute poll":
// namedIssuerBeforeEN): a definite "the letter" refers to one
// brought up before, unless the text brought none up (firstDefiniteDocEN).
func (d *docState) noteDocumentsEN(toks []token, who string) {
	if who == "" {
		return
	}
	for i := 1; i < len(toks); i++ {
		if t := &toks[i]; !t.is(tCap) && documentNounEN(t.low) && (indefiniteBeforeEN(toks, i) || namedIssuerBeforeEN(toks, i, who) || d.firstDefiniteDocEN(toks, i)) {
			if d.docIssuerEN == nil {
				d.docIssuerEN = docIssuers{}
			}
			d.docIssuerEN[t.low] = docIssuer{who, d.units}
		}
	}
}

// documentRefEN returns the issuer remembered for the document noun that,
// after "the", is the subject of the English verb of saying v ("the
// statement said", "the letter also says"); "" otherwise.
func (d *docState) documentRefEN(toks []token, v int) string {
	k := verbGroupStartEN(toks, v)
	if k < 2 || toks[k-1].is(tCap) || !documentNounEN(toks[k-1].low) || toks[k-2].low != "the" {
		return ""
	}
	if is, ok := d.docIssuerEN.issuerOfEN(toks[k-1].low); ok && d.units-is.unit <= docReachEN { // "the survey" after "a poll"
		return is.who
	}
	return ""
}

// docIssuers maps a document noun to its issuer.
type docIssuers map[string]docIssuer

// docIssuer is who issued a document and in which unit the text brought
// it up.
type docIssuer struct {
	who  string
	unit int
}

// docReachEN is how many units after the one that brought a document up
// a "the <noun> said" still refers to it: further on, another document of
// that kind is as likely.
const docReachEN = 6

// indefiniteBeforeEN reports whether "a" or "an" stands right before token
// i or one word before it ("a statement", "an open letter").
func indefiniteBeforeEN(toks []token, i int) bool {
	for k := i - 1; k >= 0 && i-k <= 2; k-- {
		if toks[k].low == "a" || toks[k].low == "an" {
			return true
		}
		if toks[k].is(tPunct) || toks[k].is(tCap) {
			return false
		}
	}
	return false
}

// pollRespondentsEN returns the issuer of the poll or survey the text
// brought up last (noteDocumentsEN) when the subject of the English verb
// of saying v are its respondents: a share ("44 percent said", "a third
// of those surveyed say") or "respondents" among the eight words before
// the verb, no punctuation between. What respondents say is the poll's
// finding. "" otherwise.
func (d *docState) pollRespondentsEN(toks []token, v int) string {
	found := false
	for k := v - 1; k >= 0 && v-k <= 8 && !toks[k].is(tPunct) || k >= 0 && toks[k].p == '%'; k-- {
		if toks[k].p == '%' || foldIn(toks[k].low, "percent", "respondents", "surveyed", "polled") {
			found = true
			break
		}
	}
	if !found {
		return ""
	}
	best := docIssuer{unit: -1}
	for _, n := range [...]string{"poll", "survey"} {
		if is, ok := d.docIssuerEN[n]; ok && is.unit > best.unit {
			best = is
		}
	}
	return best.who
}

// firstDefiniteDocEN reports whether the document noun at i follows "the"
// and no issuer is remembered for it: "The authority said the advisory
// covered 42,000 homes" brings the advisory up with its issuer.
func (d *docState) firstDefiniteDocEN(toks []token, i int) bool {
	if toks[i-1].low != "the" {
		return false
	}
	_, ok := d.docIssuerEN[toks[i].low]
	return !ok
}
