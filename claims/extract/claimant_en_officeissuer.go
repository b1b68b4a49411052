package extract

// "A report by the state auditor found …": a document's issuer written in
// lower case may be a public office that audits, inspects or rules and
// issues findings in its own name (an auditor, a comptroller, an
// ombudsman, a coroner, an inspector general), not only a body
// (publicBodyNounEN). lowerIssuerOKEN takes such an office as the last
// word of the issuer.

// officeIssuerEN reports whether toks[e-1], the last of the lower-case
// words toks[s:e] of a document's issuer, names a public office that
// issues findings: one of officeIssuerNounEN, or "general" after an
// office ("inspector general", "attorney general", "auditor general").
func officeIssuerEN(toks []token, s, e int) bool {
	w := toks[e-1].low
	if w == "general" {
		return e-2 >= s && (officeIssuerNounEN(toks[e-2].low) || foldIn(toks[e-2].low, "inspector", "attorney", "surgeon", "solicitor"))
	}
	return officeIssuerNounEN(w)
}

// officeIssuerNounEN reports whether w is an English noun for a public
// office that audits, inspects or rules and reports in its own name.
func officeIssuerNounEN(w string) bool {
	return foldIn(w, "auditor", "comptroller", "controller", "ombudsman", "ombudsperson", "coroner", "examiner")
}
