package extract

// A German main clause puts its finite verb second: what stands before it
// (the Vorfeld) is one constituent. When that constituent is a noun phrase
// in the nominative that opens the sentence ("Die Ministerin forderte den
// Rücktritt", "Jan Roth, der Chef des Verbands, kündigte einen Plan an"),
// it is the subject, and the noun after the verb is an object or an
// adverbial, never the speaker.

// vorfeldSubjectDE reports whether the tokens before the verb of saying v
// form a noun phrase that is its subject: an optional "auch", a
// nominative article or none, lower-case adjectives after the article,
// capitalised words, genitives ("der Chef des Verbands"), a short
// parenthesis ("Jan Roth (SPD)"), and one apposition or relative clause
// set off by commas that closes right before the verb. A word without an
// article must be a name (two capitalised words, an acronym, a person the
// text named): one capitalised word is often an adverb ("Kürzlich
// kündigte er an"). A pronoun or a named person right after the verb is
// the subject instead ("Die Forderung wies er zurück", "Konkrete Zahlen
// nannte Roth nicht"), unless the phrase before names a person too.
func (d *docState) vorfeldSubjectDE(toks []token, text string, v int) bool {
	if v < 1 || v > 30 || v+1 >= len(toks) {
		return false
	}
	i := 0
	if toks[0].low == "auch" {
		i++ // "Auch der Minister forderte …"
	}
	if agedOpeningDE(toks, v) {
		return true // "Der 54-Jährige räumte … ein"
	}
	w := intensifierBefore(toks, v) // "Er selbst forderte", "Die Ministerin selbst erklärte"
	if pronounVorfeldDE(toks, w, i) {
		return true // "Er forderte sie auf", "…, doch er forderte sie auf"
	}
	switch toks[v+1].low {
	case "er", "sie", "ich", "wir", "man":
		return false
	}
	v = w
	switch toks[i].low {
	case "er", "sie", "wir", "ich":
		return i+1 == v // "Er forderte …", "Sie kündigte … an"
	}
	end, ok := nounPhraseDE(toks, i, v)
	if !ok || dateOnlySpan(toks, i, end) {
		return false // "Letzten Dienstag kündigte die Stadt an": a date (claimant_datename.go)
	}
	person := d.personIn(toks, text, i, end)
	if toks[i].cat&cDet == 0 && !person && end-i < 2 && !toks[i].is(tAllCap) {
		return false // "Kürzlich", "Hart kritisiert …"
	}
	if !person && d.personAfter(toks, text, v) && !bodyVorfeldDE(toks, text, i, end, v) {
		return false // "Konkrete Zahlen nannte Roth nicht"
	}
	if end == v || placeAttributeEndDE(toks, end, v) == v {
		return true // "Die Opposition im Landtag wirft … vor"
	}
	// "Jan Roth, der Chef des Verbands, kündigte …": one pair of commas
	// encloses the rest, which holds no quotation; an apposition is short.
	if toks[end].p != ',' || toks[v-1].p != ',' || end == v-1 {
		return false
	}
	relative := false
	switch toks[end+1].low {
	case "der", "die", "das", "dessen", "deren", "welcher", "welche", "welches":
		relative = true // a relative clause, or an apposition with an article
	}
	for k := end + 1; k < v-1; k++ {
		if t := &toks[k]; t.is(tQuote) && !relative || t.p == ',' || t.p == ':' || t.p == ';' {
			return false // a quotation only inside a relative clause ("…, die mit einem „Vergleich“ … gesorgt hatte, kritisierte")
		}
	}
	if relative {
		return v-end <= 30
	}
	return v-end <= 14
}

// personIn reports whether toks[i:j] holds a word by which the text knows
// a person.
func (d *docState) personIn(toks []token, text string, i, j int) bool {
	for k := i; k < j; k++ {
		if capWord(&toks[k]) {
			if _, ok := d.byKey[text[toks[k].s:toks[k].e]]; ok {
				return true
			}
		}
	}
	return false
}

// personAfter reports whether a person the text knows is named right after
// the verb v: capitalised words, perhaps after an article and adjectives
// ("kritisiert Roth die …", "berichtete die Ärztliche Direktorin Eva Roth").
func (d *docState) personAfter(toks []token, text string, v int) bool {
	k := v + 1
	if k < len(toks) && toks[k].cat&cDet != 0 {
		k++
	}
	for k < len(toks) && k-v <= 3 && toks[k].flags&(tCap|tPunct|tNum) == 0 && inflectedDE(toks[k].low) {
		k++
	}
	if d.possessedObjectDE(toks, text, k) {
		return false // "Die Jury nennt Tiedes Bild …": an object's owner
	}
	j := k
	for j < len(toks) && j-k < 4 && capWord(&toks[j]) {
		j++
	}
	return j > k && d.personIn(toks, text, k, j)
}

// nounPhraseDE reads a German noun phrase in the nominative from token i,
// not beyond v, and returns where it ends; ok is false when toks[i:] does
// not open with one.
func nounPhraseDE(toks []token, i, v int) (end int, ok bool) {
	if toks[i].cat&cDet != 0 {
		switch toks[i].low {
		case "der", "die", "das", "ein", "eine":
		default:
			return i, false // "Den Plan kritisierte …": a fronted object
		}
		i++
		for i < v && (toks[i].flags&(tCap|tPunct|tNum) == 0 && inflectedDE(toks[i].low) || ageWordDE(&toks[i])) {
			i++ // "der sächsische", "die 64-jährige"
		}
	}
	if i >= v || !capWord(&toks[i]) || toks[i].cat&cNotName != 0 || functionWordDE(toks[i].low) || possessive[toks[i].low] {
		return i, false
	}
	switch toks[i].low {
	case "ihren", "ihrem", "seinen", "seinem", "unseren", "einen", "einem":
		return i, false // "Ihren Kurs verteidigt sie"
	case "per", "bezüglich", "gegenüber", "hinsichtlich", "angesichts", "seitens", "mittels", "dank", "während", "laut":
		return i, false // "Gegenüber der Zeitung berichtete …": a preposition
	}
	if prepositionsBeforeDE[toks[i].low] {
		return i, false
	}
	for i < v {
		switch t := &toks[i]; {
		case capWord(t) || t.p == '.' && i > 0 && toks[i-1].e == t.s:
			i++ // a name, a noun, "Dr."
		case t.p == '(':
			k := i + 1
			for k < v && k-i <= 5 && toks[k].p != ')' {
				k++
			}
			if k >= v || toks[k].p != ')' {
				return i, false
			}
			i = k + 1 // "Jan Roth (SPD)"
		case genitiveAndDE(toks, i, v):
			i++ // "die Fraktion von CDU und CSU"
		case t.is(tQuote):
			k, ok := quotedNameEndDE(toks, i, v)
			if !ok {
				return i, true
			}
			i = k // "Die Initiative „Saubere Luft“"
		case legalFormEndDE(toks, i) > i && legalFormEndDE(toks, i) <= v:
			i = legalFormEndDE(toks, i) // "Der Bundesverband der Kleingärtner e.V. (BDK)"
		case forLinkEndDE(toks, i, v) > 0:
			i = forLinkEndDE(toks, i, v) // "Das Landesamt für Wasser und Boden (LWB)"
		case genitiveLinkDE(t.low) && i+1 < v:
			k := i + 1
			for k < v && k-i <= 3 && toks[k].flags&(tCap|tPunct|tNum) == 0 {
				k++ // "des Bundesverbands", "der Deutschen Industrie", "von der Stadt"
			}
			if k >= v || !capWord(&toks[k]) {
				return i, false
			}
			i = k
		default:
			return i, true
		}
	}
	return i, true
}
