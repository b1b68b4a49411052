package extract

import "strings"

// "Laut", "nach" and "zufolge" often govern a noun of communication, not
// the source itself: "laut Angaben des Robert Koch-Instituts", "einer
// Berechnung des Ministeriums zufolge", "laut einem Bericht der „New York
// Times“", "laut einer Schätzung von spanischen Händlern". The source is the
// genitive (or "von") after that noun, cited in the nominative
// ("Robert Koch-Institut", "Ministerium", "spanische Händler"). Without one
// ("Laut Mitteilung", "Den Angaben zufolge") the phrase names no source.

// communicationNounsDE are German nouns for what a source says or reports
// (closed list of the nouns "laut", "nach" and "zufolge" take before the
// source: statements, reports, estimates, views). A study or a survey
// ("laut einer Studie der Universität") is cited as the source itself and
// is not listed.
var communicationNounsDE = map[string]bool{
	"angaben": true, "angabe": true, "bericht": true, "berichten": true, "berichts": true, "berichtes": true,
	"mitteilung": true, "mitteilungen": true, "pressemitteilung": true, "erklärung": true, "presseerklärung": true,
	"stellungnahme": true, "schätzung": true, "schätzungen": true, "berechnung": true, "berechnungen": true,
	"einschätzung": true, "recherche": true, "recherchen": true, "informationen": true, "artikel": true,
	"meldung": true, "meldungen": true, "darstellung": true, "aussage": true, "aussagen": true, "auskunft": true,
	"anordnung": true, "vorschlag": true, "ansicht": true, "auffassung": true, "worten": true, "sicht": true,
	"meinung": true, "veröffentlichung": true, "erkenntnissen": true, "überzeugung": true, "ermittlungen": true,
}

// neuterEndingsDE are endings of German nouns of bodies that are neuter
// ("Ministerium", "Bundesamt", "Institut", "Gericht", "Büro", "Zentrum"):
// an adjective before them is cited with -es, before others with -er.
var neuterEndingsDE = [...]string{"um", "amt", "ut", "icht", "büro", "haus", "werk", "blatt", "ment", "kabinett"}

// neuterDE reports whether a German noun of a body is neuter by its ending.
func neuterDE(noun string) bool {
	low := strings.ToLower(noun)
	for _, e := range neuterEndingsDE {
		if strings.HasSuffix(low, e) {
			return true
		}
	}
	return false
}

// sourcePhraseDE reads the source of a noun phrase toks[s:e] that "laut",
// "nach" or "zufolge" govern: ok is false when its head is no noun of
// communication (the caller reads it as it did); else who is the genitive
// or "von" phrase after the head in the nominative, a name's genitive
// before or after it ("nach Altmaiers Einschätzung", "nach Angaben
// Ibrahims"), the person a possessive refers to ("seinen Angaben
// zufolge"), the source just named for "deren"/"dessen"
// (relativeSourceDE), "" when there is none.
func (d *docState) sourcePhraseDE(toks []token, text string, s, e int, lex lexicon) (who string, ok bool) {
	h := s
	for h < e && (toks[h].cat&cDet != 0 || lowerWord(&toks[h]) && inflectedDE(toks[h].low) || possessiveGenderDE(toks, h, h+1) != 0) {
		h++ // "einer neuen", "dem", "Ihrer"
	}
	if h < e && capWord(&toks[h]) && strings.HasSuffix(toks[h].low, "s") && h+1 < e && communicationNounsDE[toks[h+1].low] {
		return genitiveBaseDE(text[toks[h].s:toks[h].e]), true // "nach Altmaiers Einschätzung"
	}
	if h >= e || !capWord(&toks[h]) || !communicationNounsDE[toks[h].low] && !reportCompoundDE(toks[h].low) {
		return "", false
	}
	if g := possessiveGenderDE(toks, s, h); g != 0 {
		if who := d.pronounInUnitDE(toks, text, s, g); who != "" {
			return who, true // "Roth wird laut ihrer Erklärung …"
		}
		if who := d.possessiveBodyDE(g); who != "" {
			return who, true // "Der Verband begrüßte …. Nach seinen Angaben …"
		}
		return d.possessivePersonDE(g, d.resolvePronoun(g, true)), true // "seinen Angaben zufolge"
	}
	if relativePossessiveDE(toks, s, h) {
		return d.relativeSourceDE(), true // "Nach deren Einschätzung"
	}
	g := h + 1
	if g < e && capWord(&toks[g]) && toks[g].cat == 0 && strings.HasSuffix(toks[g].low, "s") && (g+1 == e || !capWord(&toks[g+1])) {
		return genitiveBaseDE(text[toks[g].s:toks[g].e]), true // "nach Angaben Ibrahims"
	}
	if g >= e || !genitiveLinkDE(toks[g].low) {
		return "", true // "Laut Mitteilung", "Den Angaben zufolge"
	}
	who = genitiveBodyChainDE(toks, text, g, e, d.genitiveSourceDE(toks, text, g, e, lex)) // "des Verbands der Ersatzkassen"
	return d.andGenitiveSourceDE(toks, text, g, e, lex, who), true
}

// andGenitiveSourceDE adds to who, the source in the genitive at token g,
// a second source joined by "und" and a genitive article ("nach Angaben des
// Wirtschaftsministeriums und des Finanzministeriums": both), when only
// capitalised words and inflected adjectives stand between; else who.
func (d *docState) andGenitiveSourceDE(toks []token, text string, g, e int, lex lexicon, who string) string {
	if who == "" || toks[g].low != "des" && toks[g].low != "der" {
		return who
	}
	for u := g + 1; u+2 < e && u <= g+4; u++ {
		t := &toks[u]
		if t.low == "und" {
			if u == g+1 || toks[u+1].low != "des" && toks[u+1].low != "der" || !capWord(&toks[u+2]) {
				return who
			}
			if second := d.genitiveSourceDE(toks, text, u+1, e, lex); second != "" && second != who {
				return who + "; " + second
			}
			return who
		}
		if t.cat&cDet != 0 || !capWord(t) && !(lowerWord(t) && inflectedDE(t.low)) {
			return who // "des Verbands der Imker und der Gärtner": the "und" joins inside the name
		}
	}
	return who
}

// possessiveGenderDE returns the gender of a third-person possessive among
// toks[s:h] ("seinen Angaben": 'm', "ihrer Einschätzung": 'f'), 0 for
// none.
func possessiveGenderDE(toks []token, s, h int) byte {
	for k := s; k < h; k++ {
		switch w := toks[k].low; {
		case strings.HasPrefix(w, "sein"):
			return 'm'
		case strings.HasPrefix(w, "ihr"):
			return 'f'
		}
	}
	return 0
}

// genitiveSourceDE writes the phrase that opens with the genitive article
// or "von", "vom", "aus", "bei" at token g, up to e, in the nominative
// without article: "des Statistischen Bundesamts" → "Statistisches
// Bundesamt", "der venezolanischen Behörden" → "venezolanische Behörden",
// "von spanischen Händlern" → "spanische Händler", "des Robert
// Koch-Instituts" → "Robert Koch-Institut"; a quoted title as it is ("der
// „New York Times“"); a person named in an apposition after the phrase
// ("des Leiters der Behörde, Jan Roth"); the genitive after a noun of a
// group ("aus dem Kreis der Helfer" → "Helfer").
func (d *docState) genitiveSourceDE(toks []token, text string, g, e int, lex lexicon) string {
	link := toks[g].low
	if link == "aus" || link == "bei" || link == "seitens" {
		link = "von"
	}
	k := g + 1
	if link == "von" && k < e && toks[k].cat&cDet != 0 {
		link = toks[k].low // "von der Stadt"
		k++
	}
	if q := quotedTitleDE(toks[:e], text, k); q != "" {
		return q
	}
	n := k
	for n < e && lowerWord(&toks[n]) && inflectedDE(toks[n].low) {
		n++
	}
	if n >= e || !capWord(&toks[n]) {
		return ""
	}
	if n+1 < e && strings.HasSuffix(toks[n].low, "s") && roleOf(&toks[n+1], lex) != "" {
		n++ // "von Niedersachsens Ministerpräsident Jan Roth": a place's genitive before an office
	}
	end := cutAtTimeWord(toks, n, bodyTailDE(toks[:e], text, capRun(toks[:e], text, n, true))) // "des Instituts der deutschen Wirtschaft"
	if who := d.appositionNameDE(toks, text, end, lex); who != "" {
		return who // "des Leiters, Jan Roth"
	}
	if who := d.appositionNameDE(toks, text, e, lex); who != "" {
		return who // "des Leiters der Behörde für Gesundheit, Jan Roth"
	}
	if n == k && (link == "von" || link == "vom") && !adjectiveDE(text[toks[n].s:toks[n].e]) {
		return d.nameAt(toks[:end], text, n, true, lex, false, true) // "von Ministerpräsident Jan Roth", "von Roth"
	}
	if end == n+1 && end < e && genitiveLinkDE(toks[end].low) && circleNounsDE[toks[n].low] {
		return d.genitiveSourceDE(toks, text, end, e, lex) // "aus dem Kreis der Helfer", "aus den Reihen der Partei"
	}
	words := strings.Fields(text[toks[n].s:toks[end-1].e])
	if link == "des" || link == "eines" {
		genitiveWordsDE(words)
	}
	if (link == "von" || link == "") && len(words) == 1 && strings.HasSuffix(words[0], "ern") {
		words[0] = words[0][:len(words[0])-1] // dative plural: "Händlern" → "Händler"
	}
	h := headWordDE(words)
	var b strings.Builder
	for i := k; i < n; i++ {
		b.WriteString(adjectiveCitedDE(link, toks[i].low, words[h]))
		b.WriteByte(' ')
	}
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		if i < h && adjectiveDE(w) {
			w = adjectiveCitedDE(link, w, words[h]) // "Statistischen" → "Statistisches"
		}
		b.WriteString(w)
	}
	return b.String()
}

// headWordDE returns the index of the head noun of a name's words: the
// first that is no adjective ("Deutschen Instituts für
// Wirtschaftsforschung" → "Instituts"), the last when all are.
func headWordDE(words []string) int {
	for i, w := range words {
		if !adjectiveDE(w) {
			return i
		}
	}
	return len(words) - 1
}

// genitiveWordsDE takes the genitive ending off the first word of a name
// after "des" that has one ("Bundesamts", "Koch-Instituts", "Flughafens
// BER"), leaving acronyms and declined adjectives alone.
func genitiveWordsDE(words []string) {
	for i, w := range words {
		if adjectiveDE(w) || acronymWord(w) || len(w) < 4 {
			continue
		}
		if b := genitiveBaseFullDE(w); b != w {
			words[i] = b
			return
		}
	}
}

// genitiveAfterDE returns the name who that starts at token k in the
// nominative when a genitive article stands before it ("des Instituts
// Forsa" → "Institut Forsa": genitiveWordsDE), else who.
func genitiveAfterDE(toks []token, k int, who string) string {
	if k == 0 || toks[k-1].low != "des" && toks[k-1].low != "eines" || strings.IndexByte(who, ';') >= 0 {
		return who
	}
	words := strings.Fields(who)
	genitiveWordsDE(words)
	return strings.Join(words, " ")
}

// adjectiveCitedDE declines an adjective of a genitive or dative phrase as
// cited without article in the nominative: after "des", "dem" or "vom" by
// the head noun's gender ("des bayerischen Kultusministeriums" →
// "bayerisches", "vom Statistischen Bundesamt" → "Statistisches"), after
// "der" and for a dative plural by adjNominativeDE.
func adjectiveCitedDE(link, w, head string) string {
	if link == "des" || link == "eines" || link == "dem" || link == "vom" || link == "einem" {
		stem, ok := strings.CutSuffix(w, "en")
		if !ok {
			return w
		}
		if neuterDE(head) {
			return stem + "es"
		}
		return stem + "er"
	}
	art := link
	if link == "von" || link == "vom" {
		art = ""
	}
	if c, ok := adjNominativeDE(art, w); ok {
		return c
	}
	return w
}

// phraseEndDE returns where the noun phrase from token s ends at the
// latest: at punctuation, or after ten tokens.
func phraseEndDE(toks []token, s int) int {
	e := s
	for e < len(toks) && e-s < 10 && (!toks[e].is(tPunct) || toks[e].is(tQuote)) {
		e++
	}
	return e
}

// phraseStartDE returns where the noun phrase that ends before token z
// ("einer neuen Umfrage des Verbands zufolge") starts: the earliest of the
// articles, lower-case adjectives, capitalised words and genitive links
// right before z, at most ten.
func phraseStartDE(toks []token, z int) int {
	s := z
	for s > 0 && z-s < 10 {
		t := &toks[s-1]
		if !capWord(t) && t.cat&cDet == 0 && !t.is(tQuote) && !(lowerWord(t) && (inflectedDE(t.low) || genitiveLinkDE(t.low))) {
			break
		}
		s--
	}
	return s
}

// accordingSourceDE reads the source of "laut", "gemäß" or "zufolge" at
// token v when it governs a noun of communication (sourcePhraseDE); ok is
// false otherwise.
func (d *docState) accordingSourceDE(toks []token, text string, v int, lex lexicon) (who string, ok bool) {
	if toks[v].low == "zufolge" {
		if who := d.studySourceDE(toks, text, phraseStartDE(toks, v), v, lex); who != "" {
			return who, true // "Einer Umfrage des Verbands zufolge": the body
		}
		return d.sourcePhraseDE(toks, text, phraseStartDE(toks, v), v, lex)
	}
	if v+1 < len(toks) {
		if name := lautInfoCompoundDE(text[toks[v+1].s:toks[v+1].e]); name != "" {
			return name, true // "laut Polizeiangaben", "laut Nordkurier-Recherchen", as after "nach" (infoCompoundDE)
		}
	}
	if who := d.particlePersonDE(particleSurnameDE(toks, text, v+1)); who != "" {
		return who, true // "laut von der Leyen" after "Ursula von der Leyen" (claimant_de_particlename.go)
	}
	if who := d.studySourceDE(toks, text, v+1, len(toks), lex); who != "" {
		return who, true // "laut einer Studie des Instituts X": the body
	}
	if who := lautSpokesDE(toks, text, v); who != "" {
		return who, true // "laut einem Sprecher des Unternehmens"
	}
	return d.sourcePhraseDE(toks, text, v+1, phraseEndDE(toks, v+1), lex)
}

// nachSourceDE reads the source of "nach" or "aus" and a noun of
// communication ("nach Angaben des Statistischen Bundesamts", "Nach
// Informationen der Zeitung", "aus Sicht von Eva Roth", also after the
// noun: "seiner Einschätzung nach"): "" when the
// unit has none. "je nach" (depending on) is no
// source.
func (d *docState) nachSourceDE(toks []token, text string, lex lexicon) string {
	if d.lacks(toks, wsNach) {
		return ""
	}
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].low == "nach" && i > 1 && communicationNounsDE[toks[i-1].low] {
			if who, ok := d.sourcePhraseDE(toks, text, phraseStartDE(toks, i), i, lex); ok {
				return who // "seiner Einschätzung nach"
			}
		}
		if who := d.nachStudyDE(toks, text, i, lex); who != "" {
			return who // "Nach einer Erhebung des Instituts X" (claimant_de_lautspokes.go)
		}
		if toks[i].low != "nach" && toks[i].low != "aus" || i > 0 && toks[i-1].low == "je" || !communicationNounsDE[toks[i+1].low] && !communicationNounsDE[toks[i+2].low] {
			continue // "je nach Einschätzung": depending on
		}
		if who, ok := d.sourcePhraseDE(toks, text, i+1, phraseEndDE(toks, i+1), lex); ok {
			return who
		}
	}
	return ""
}

// genitiveBaseFullDE is genitiveBaseDE that also takes "-es" off after a
// sibilant or "ch", where "-s" alone cannot stand ("Verfassungsschutzes" →
// "Verfassungsschutz", "Reiches" → "Reich").
func genitiveBaseFullDE(w string) string {
	for _, end := range [...]string{"zes", "xes", "ßes", "ches"} {
		if strings.HasSuffix(w, end) {
			return w[:len(w)-2]
		}
	}
	return genitiveBaseDE(w)
}

// cutAtTimeWord returns where the run of capitalised words toks[n:e] ends
// before a date or time word, or before a word a number follows, and
// before a linking word ("von") right before it ("des Stadtboten von
// Januar", "der Bezirk Ende 2019"); e when there is none.
func cutAtTimeWord(toks []token, n, e int) int {
	for k := n + 1; k < e; k++ {
		if k+1 < len(toks) && toks[k+1].is(tNum) || toks[k].cat&(cTimeNoun|cMonth|cWeekday|cRelDate) != 0 {
			if k-1 > n && lowerWord(&toks[k-1]) {
				return k - 1 // "des Stadtboten von Januar": the "von" goes too
			}
			return k
		}
	}
	return e
}

// appositionNameDE returns the person named in an apposition right after
// token end, set off by a comma: a name of two capitalised words or more
// ("des Leiters der Behörde, Jan Roth, …"); else "".
func (d *docState) appositionNameDE(toks []token, text string, end int, lex lexicon) string {
	if end+2 >= len(toks) || toks[end].p != ',' || !capWord(&toks[end+1]) || !capWord(&toks[end+2]) {
		return ""
	}
	if who := d.nameAt(toks, text, end+1, true, lex, false, false); strings.IndexByte(who, ' ') > 0 {
		return who
	}
	return ""
}

// circleNounsDE are German nouns for a group a source comes from ("aus
// dem Kreis der Helfer", "aus den Reihen der Partei"): the genitive after
// one names the source.
var circleNounsDE = map[string]bool{"kreis": true, "kreise": true, "kreisen": true, "reihen": true, "umfeld": true, "umfeldes": true}
