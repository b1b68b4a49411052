package extract

import "strings"

// German news cite a medium or a body by a compound of its name and
// "Informationen", "Recherchen", "Angaben" or "Schätzungen": "Nach
// Nordkurier-Informationen hat …", "Nordkurier-Recherchen zufolge …", "nach
// Landkreis-Angaben". The first part of the compound names the source.

// infoCompoundDE returns the name that opens a compound of infoCompoundCutDE
// ("-Informationen", "-Recherchen", …) or joinedInfoCutDE ("Polizeiangaben")
// after "nach" or before "zufolge", outside quotation marks; "" when there
// is none.
func (d *docState) infoCompoundDE(toks []token, text string, lex lexicon) string {
	if d.lacks(toks, wsNach) && d.lacks(toks, wsZufolge) {
		return "" // neither "nach" nor "zufolge"
	}
	quoted := false
	for k := 0; k < len(toks); k++ {
		if doubleQuote(&toks[k], text) {
			quoted = !quoted
			continue
		}
		if quoted || !capWord(&toks[k]) && !lowerNameCompoundDE(text[toks[k].s:toks[k].e]) {
			continue
		}
		if !(k > 0 && toks[k-1].low == "nach" || k+1 < len(toks) && toks[k+1].low == "zufolge") {
			continue
		}
		if name := infoCompoundCutDE(text[toks[k].s:toks[k].e]); name != text[toks[k].s:toks[k].e] {
			return name
		}
		if name := joinedInfoCutDE(text[toks[k].s:toks[k].e]); name != "" && (k == 0 || toks[k-1].low == "nach" || !capWord(&toks[k-1])) {
			return name // "nach Polizeiangaben"; not after an adjective ("laut Ecuadorianischen Presseinformationen")
		}
	}
	return ""
}

// lautInfoCompoundDE returns the source that opens the compound w right
// after "laut" ("laut Polizeiangaben" → "Polizei", "laut
// Nordkurier-Recherchen" → "Nordkurier"), else "".
func lautInfoCompoundDE(w string) string {
	if name := infoCompoundCutDE(w); name != w {
		return name
	}
	return joinedInfoCutDE(w)
}

// infoCompoundCutDE returns the name that opens the compound w in
// "-Informationen", "-Recherchen", "-Angaben" or "-Schätzungen"
// ("Nordkurier-Recherchen" → "Nordkurier", "nach Polizei-Angaben"), or in
// "-Daten" after a short form ("nach RKI-Daten"; "Corona-Daten" names no
// source), else w: as a claimant (from "… zufolge") the compound is its
// first part.
func infoCompoundCutDE(w string) string {
	for _, suf := range [...]string{"-Informationen", "-Recherchen", "-Angaben", "-Schätzungen"} {
		if name, ok := strings.CutSuffix(w, suf); ok && name != "" && (upperFirst(name) || lowerShortNameDE(name)) {
			return name // also "dpa-Informationen"
		}
	}
	if name, ok := strings.CutSuffix(w, "-Daten"); ok && shortFormDE(name) {
		return name
	}
	return w
}

// joinedInfoCutDE returns the first part of a compound written as one word
// with "informationen", "recherchen", "angaben" or "schätzungen"
// ("Polizeiangaben" → "Polizei", "Regierungsangaben" → "Regierung", without
// the linking "s"), not "Eigenangaben" (own account), else "".
func joinedInfoCutDE(w string) string {
	for _, suf := range [...]string{"informationen", "recherchen", "angaben", "schätzungen"} {
		if name, ok := strings.CutSuffix(w, suf); ok && len(name) >= 4 && upperFirst(name) && strings.IndexByte(name, '-') < 0 && name != "Eigen" {
			return linkingSCutDE(name)
		}
	}
	return ""
}

// linkingSCutDE takes the linking "s" off the first part of a German
// compound after the endings that take it ("Regierungs" → "Regierung",
// "Ministeriums" → "Ministerium", "Unternehmens" → "Unternehmen").
func linkingSCutDE(w string) string {
	base, ok := strings.CutSuffix(w, "s")
	if !ok {
		return w
	}
	for _, end := range [...]string{"ung", "heit", "keit", "ion", "tät", "schaft", "ium", "en"} {
		if strings.HasSuffix(base, end) {
			return base
		}
	}
	return w
}

// lowerNameCompoundDE reports whether w is a compound whose first part is
// a short name written in lower case (lowerShortNameDE), joined by a
// hyphen to a capitalised noun ("dpa-Informationen", "epd-Recherchen").
func lowerNameCompoundDE(w string) bool {
	i := strings.IndexByte(w, '-')
	return i > 0 && i+1 < len(w) && w[i+1] >= 'A' && w[i+1] <= 'Z' && lowerShortNameDE(w[:i])
}

// lowerShortNameDE reports whether w is two to four lower-case ASCII
// letters, as news agencies write their names ("dpa", "epd").
func lowerShortNameDE(w string) bool { return asciiRun(w, 'a', 'z', 2, 4) }
