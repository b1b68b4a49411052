package extract

// "A statement from the Health Department said …", "a report by the
// Budget Office found …": a document noun with "from" or "by" and a name
// as the subject of the verb of saying; the name, the document's issuer,
// is the claimant.

// maxDocumentLead is the most words before the document noun ("a new
// joint statement").
const maxDocumentLead = 3

// documentFromEN returns the issuer named after "from" or "by" when the
// subject of the English verb of saying v is a document noun so followed
// (or by a participle of issuing and "by": releasedByEN)
// by capitalised words that reach the verb, perhaps with words saying
// when between them and the verb (issuerNameEndEN); "" otherwise.
func documentFromEN(toks []token, text string, v int) string {
	e := verbGroupStartEN(toks, v)
	if e < 4 {
		return ""
	}
	n := -1
	for k := 0; k <= maxDocumentLead && k < e; k++ {
		if t := &toks[k]; t.is(tPunct) {
			return ""
		} else if documentNounEN(t.low) && !t.is(tCap) {
			n = k
			break
		}
	}
	if n < 1 || n+2 >= e || toks[0].cat&cDet == 0 {
		return ""
	}
	b := n + 1
	if toks[b].low != "from" && toks[b].low != "by" {
		if b = releasedByEN(toks, b, e); b < 0 {
			return ""
		}
	}
	s := b + 1
	if toks[s].low == "the" {
		s++
	}
	if s < e && !capWord(&toks[s]) {
		return lowerIssuerEN(toks, text, s, e) // "by the state transportation department"
	}
	if s >= e {
		return ""
	}
	end := issuerNameEndEN(toks, s, e) // "the Harlow Courier earlier this year"
	if end < 0 {
		end = commissionedEndEN(toks, s, e) // "Ipsos for the Ledger" (claimant_en_pollfor.go)
	}
	if end < 0 {
		end = insertedWhenEndEN(toks, s, e) // "the Institute for Security Policy, published in September," (claimant_en_docwhen.go)
	}
	if end < 0 {
		return ""
	}
	return text[toks[s].s:toks[end-1].e]
}

// releasedByEN returns the token of "by" after a participle of issuing at
// p ("released", "published", "issued", "commissioned", "conducted",
// "prepared", "compiled") with at most three words saying when between
// them, no punctuation ("released Tuesday by", "published last week by"),
// before e; -1 when there is none.
func releasedByEN(toks []token, p, e int) int {
	if !foldIn(toks[p].low, "released", "published", "issued", "commissioned", "conducted", "prepared", "compiled") {
		return -1
	}
	for k := p + 1; k < e && k <= p+4; k++ {
		if toks[k].is(tPunct) {
			return -1
		}
		if toks[k].low == "by" {
			return k
		}
	}
	return -1
}
