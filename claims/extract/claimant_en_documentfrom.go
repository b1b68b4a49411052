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
	if n < 1 || n+2 >= e || toks[0].cat&cDet == 0 || (toks[n+1].low != "from" && toks[n+1].low != "by") {
		return ""
	}
	s := n + 2
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
