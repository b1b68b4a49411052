package extract

import "strings"

// What can never be a claimant on its own: a German function word or
// sentence adverb that opens a sentence ("Darum", "Damit", "Wie",
// "Bisher"), which the rules would otherwise read as a subject.

// prepositionsDE are the prepositions that form German pronominal adverbs
// with da(r)-, wo(r)- and hier- ("darum", "womit", "hierzu").
var prepositionsDE = [...]string{"an", "auf", "aus", "bei", "durch", "für", "gegen", "hinter", "in", "mit", "nach",
	"neben", "über", "um", "unter", "von", "vor", "zu", "zwischen"}

// adverbsDE are German interrogatives and sentence adverbs that may open a
// sentence before its verb.
var adverbsDE = map[string]bool{
	"wie": true, "was": true, "wer": true, "wo": true, "warum": true, "weshalb": true, "wann": true, "wieso": true,
	"bisher": true, "ansonsten": true, "inzwischen": true, "demnach": true, "damals": true, "dennoch": true,
	"deshalb": true, "deswegen": true, "trotzdem": true, "zudem": true, "außerdem": true, "allerdings": true,
	"jedoch": true, "zunächst": true, "bereits": true, "schon": true, "nun": true, "jetzt": true, "heute": true,
	"gestern": true, "morgen": true, "hier": true, "dort": true, "dann": true, "so": true, "auch": true, "nur": true,
	"noch": true, "immer": true, "oft": true, "bald": true, "später": true, "zuvor": true, "seitdem": true,
	"stattdessen": true, "zugleich": true, "gleichzeitig": true, "vielmehr": true, "tatsächlich": true,
	"daher": true, "dabei": true, "dafür": true, "dagegen": true, "dazu": true, "danach": true, "davor": true,
	"dies": true, "das": true, "diese": true, "dieser": true, "jeder": true, "jede": true, "alle": true, "man": true,
	"es": true, "wir": true, "ich": true, "sie": true, "er": true, "ihr": true, "du": true, "kurz": true,
	"vorher": true, "nachher": true, "sonst": true, "ebenso": true, "ebenfalls": true, "insgesamt": true,
}

// functionWordDE reports whether a single capitalised word is a German
// function word, sentence adverb or pronoun form (pronounFormsDE), never a
// claimant. It lower-cases a short word in a buffer (no allocation); longer
// words are none.
func functionWordDE(w string) bool {
	var buf [16]byte
	if len(w) < 2 || len(w) > len(buf) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	low := buf[:len(w)]
	if adverbsDE[string(low)] || pronounFormsDE[string(low)] {
		return true
	}
	if low[0] != 'd' && low[0] != 'w' && low[0] != 'h' {
		return false
	}
	for _, pre := range [...]string{"dar", "da", "wor", "wo", "hier"} {
		if len(low) <= len(pre) || string(low[:len(pre)]) != pre {
			continue
		}
		rest := string(low[len(pre):]) // no allocation: compared only
		for _, p := range prepositionsDE {
			if rest == p {
				return true
			}
		}
	}
	return false
}

// prepositionsBeforeDE are German prepositions and their contractions with
// an article: a noun after one is no subject ("zum Risikogebiet").
var prepositionsBeforeDE = map[string]bool{
	"zum": true, "zur": true, "im": true, "am": true, "vom": true, "beim": true, "ins": true, "ans": true,
	"in": true, "an": true, "auf": true, "für": true, "mit": true, "von": true, "zu": true, "bei": true,
	"aus": true, "über": true, "unter": true, "gegen": true, "um": true, "durch": true, "ohne": true, "vor": true,
	"nach": true, "seit": true, "wegen": true, "trotz": true,
}

// objectDE reports whether the German noun at token k is rather an object
// than the subject of a verb of saying after it: after a preposition
// ("zum Risikogebiet erklärt"), after a preposition and an article or
// possessive ("bei ihrer Airline", prepDeterminerDE), or after an article that follows a
// relative pronoun ("…, die das Gleiche befürchten").
func objectDE(toks []token, k int) bool {
	if k == 0 {
		return false
	}
	p := toks[k-1].low
	if prepositionsBeforeDE[p] || prepDeterminerDE(toks, k) {
		return true
	}
	if k >= 2 && toks[k-1].cat&cDet != 0 {
		switch toks[k-2].low {
		case "die", "der", "das", "welche", "welcher", "den", "dem":
			return true
		}
	}
	return false
}

// passiveDE reports whether the German participle v forms a passive with
// a form of "werden" after it ("erklärt wurden") or, closing its clause,
// with one of "werden" or "sein" before it (passiveAuxBeforeDE): its
// subject is no speaker.
func passiveDE(toks []token, v int) bool {
	if v+1 >= len(toks) {
		return passiveAuxBeforeDE(toks, v)
	}
	switch toks[v+1].low {
	case "wurde", "wurden", "worden", "werden", "wird":
		return true
	}
	return toks[v+1].is(tPunct) && passiveAuxBeforeDE(toks, v)
}

// passiveAuxBeforeDE reports whether the clause of a verb v that closes it
// holds a form of "werden" or "sein" before it, and no form of "haben":
// "Der Plan wurde am Montag verkündet", "Kaum war das verkündet" (a verb
// of saying forms its perfect with "haben", so "sein" with its participle
// is a passive). The verb must be a participle (ending in -t, or ge-…-en,
// also after a particle: "vorgeworfen", separableParticipleEnDE):
// "Später wird Roth sagen, …" is a future. "X wird … zitiert" names the
// speaker, X, and is no passive here.
func passiveAuxBeforeDE(toks []token, v int) bool {
	w := toks[v].low
	if !strings.HasSuffix(w, "t") && !(strings.HasPrefix(w, "ge") && strings.HasSuffix(w, "en")) && !separableParticipleEnDE(w) || strings.HasPrefix(w, "zitiert") {
		return false // an infinitive ("wird … sagen"), or "wird … zitiert", which names the speaker
	}
	aux := false
	for k := v - 1; k >= 0 && !clauseBreak(&toks[k]); k-- {
		switch toks[k].low {
		case "wurde", "wurden", "wird", "werden", "war", "waren", "ist", "sind":
			if k > 0 && toks[k-1].low == "es" {
				return false // "Es wird in einer Mitteilung der X gefordert": the source is named elsewhere
			}
			aux = true
		case "hat", "hatte", "haben", "hatten", "habe":
			return false
		}
	}
	return aux
}

// positionVerbDE reports whether w is a German verb of taking a position
// that the lexicon does not count as a verb of saying: "Kretschmer hält …
// für schwer umsetzbar", "So sieht Reiner Haseloff noch Gesprächsbedarf",
// "Spahn zeigte sich entsetzt", "Sie rechnet damit, dass …"; judging,
// observing and describing ("findet es schlimm", "beobachtet, dass …",
// "so viel verrät Roth", "beschreibt Roth die Lage", "würdigte"; "finden"
// only in that sense, findingNoViewDE), justifying ("rechtfertigt"),
// stating, judging and accusing ("konstatiert", "urteilte", "spekulierte",
// "bemerkt", "unterstellt", "leugnet"), giving reasons,
// figures or wording ("begründete", "bezifferte", "formuliert").
// "erwartet", "empfindet", "attackiert", "bedauert", "fürchtet" and
// "erinnert" (also "erinnert sich", "erinnert an") lost as much as they
// gained on the training articles. A switch, not a map: it is asked about
// most words of a German text.
func positionVerbDE(w string) bool {
	switch w {
	case "hält", "hielt", "halten", "hielten",
		"sieht", "sah", "sehen", "sahen",
		"zeigte", "zeigt", "zeigten", "zeigen",
		"rechnet", "rechnete", "rechnen", "rechneten",
		"schätzt", "schätzte", "schätzen", "schätzten",
		"plädiert", "plädierte", "plädieren", "plädierten",
		"lehnt", "lehnte", "lehnen", "lehnten",
		"unterstützt", "unterstützte", "unterstützen", "unterstützten",
		"findet", "fand", "beobachtet", "beobachtete", "verrät", "verriet",
		"beschreibt", "beschrieb", "würdigt", "würdigte",
		"rechtfertigt", "rechtfertigte",
		"konstatiert", "konstatierte", "spekuliert", "spekulierte",
		"leugnet", "leugnete", "urteilt", "urteilte", "unterstellt", "unterstellte", "bemerkt", "bemerkte",
		"begründet", "begründete", "beziffert", "bezifferte", "formuliert", "formulierte",
		"bewertet", "bewertete", "bewerten", "bewerteten", "feiert", "feierte", "feierten":
		return true
	}
	return false
}

// positionVerbsDE are the forms positionVerbDE takes, for the unit's scan
// (wsPosition: absentSets); TestPositionVerbsDE checks that the two agree.
var positionVerbsDE = []string{
	"hält", "hielt", "halten", "hielten", "sieht", "sah", "sehen", "sahen", "zeigte", "zeigt",
	"zeigten", "zeigen", "rechnet", "rechnete", "rechnen", "rechneten", "schätzt", "schätzte",
	"schätzen", "schätzten", "plädiert", "plädierte", "plädieren", "plädierten", "lehnt", "lehnte",
	"lehnen", "lehnten", "unterstützt", "unterstützte", "unterstützen", "unterstützten", "findet",
	"fand", "beobachtet", "beobachtete", "verrät", "verriet", "beschreibt", "beschrieb", "würdigt",
	"würdigte", "rechtfertigt", "rechtfertigte", "konstatiert", "konstatierte", "spekuliert",
	"spekulierte", "leugnet", "leugnete", "urteilt", "urteilte",
	"unterstellt", "unterstellte", "bemerkt", "bemerkte", "begründet", "begründete", "beziffert",
	"bezifferte", "formuliert", "formulierte", "bewertet", "bewertete", "bewerten", "bewerteten",
	"feiert", "feierte", "feierten",
}

// positionSpeakerDE returns the person who takes a position by a verb of
// positionVerbDE, regretVerbDE ("bedauerte") or reactionViewDE ("reagierte
// gelassen") outside quotation marks: a registered person right
// before the verb (also before "vom" and a body: affiliatedBeforeDE) or
// among the four words after it. Only people named in
// the unit count: "Der Plan sieht vor" names no speaker, and a pronoun
// ("Er hält …") lost more than it gained on the training articles.
func (d *docState) positionSpeakerDE(toks []token, text string, lex lexicon) string {
	if d.lacks(toks, wsPosition) && d.lacks(toks, wsPosBody) {
		return "" // no verb of position, nor one of regretVerbDE (whose forms wsPosBody holds)
	}
	quoted := false
	for v := 0; v < len(toks); v++ {
		t := &toks[v]
		if doubleQuote(t, text) {
			quoted = !quoted
			continue
		}
		if quoted || t.is(tCap) || len(t.low) < 3 || len(t.low) > 12 || !positionVerbDE(t.low) && !regretVerbDE(t.low) && !expectsThatDE(toks, v) && !reactionViewDE(toks, v) ||
			findingNoViewDE(toks, v) || cardSightDE(toks, v) || holdWithoutViewDE(toks, v) || celebrateWithoutAsDE(toks, v) {
			continue
		}
		if who := d.partySubjectDE(toks, text, v, lex); who != "" {
			return who // "Jan Roth (SPD) sieht …"
		}
		if who := d.appositionVorfeldDE(toks, text, v); who != "" {
			return who // "Hella Brandt, seit Jahren im Haus, begründete …" (claimant_de_appositionvorfeld.go)
		}
		if who := d.affiliatedSubjectDE(toks, text, v, lex); d.known(who) {
			return who // "Der Forscher Tim Lenz von der Universität Kiel hält das für möglich"
		}
		if v > 0 {
			k := v - 1
			for k > 0 && v-k < 4 && toks[k-1].is(tCap) && !toks[k-1].is(tPunct) && roleOf(&toks[k-1], lex) == "" {
				k--
			}
			if k+1 < v && prepositionsBeforeDE[toks[k].low] {
				k++ // "Beim Weltärztebund sieht Eva Roth das anders": the preposition is no first name
			}
			if b := beiManBodyDE(toks, v); b >= 0 {
				return d.nameAt(toks, text, b, true, lex, false, true) // "Beim Weltärztebund sieht man das anders": the body (claimant_de_beiman.go)
			}
			if who := d.nameAt(toks, text, k, true, lex, false, false); d.known(who) && !(k > 0 && nounAfterDE(&toks[k-1])) && !quantityBeforeDE(toks, k) {
				return d.conjoined(toks, text, k, true, lex, who) // not "durch das Fenster Kinder sehen": nouns after an article; "Das IOC und Japans Regierung halten … fest": both
			}
			if who := d.affiliatedBeforeDE(toks, text, v); who != "" {
				return who // "Sevim Arslan vom Institut für Arbeitsmarktfragen hält …"
			}
		}
		if bodyVorfeldDE(toks, text, 0, v, v) {
			continue // "Die Staatskanzlei würdigte Brand": the person is the object (claimant_de_bodyvorfeld.go)
		}
		for k := v + 1; k < len(toks) && k <= v+4 && !toks[k].is(tPunct); k++ {
			if toks[k].is(tCap) && roleOf(&toks[k], lex) == "" {
				if who := d.nameAt(toks, text, k, true, lex, false, false); d.known(who) && !quantityBeforeDE(toks, k) {
					return genitiveAfterDE(toks, k, who) // "Das zeigt eine Umfrage des Instituts Forsa": "Institut Forsa"
				}
			}
		}
	}
	return ""
}

// invertedSubjectDE reads the German subject after a verb of saying that
// follows a quotation or a comma ("…“, sagt der Inhaber der Tanzwelt",
// "…, teilte der zuständige Insolvenzrichter mit"): an article, perhaps
// adjectives, a noun, perhaps a genitive, perhaps a name. It returns the
// name when one follows ("warnte der Experte des DIHK, Ilja Nothnagel"),
// else the person the text named with that role ("versichert der
// Projektleiter"), else the noun with its genitive ("ein Sprecher des
// Ministeriums", "der zuständige Insolvenzrichter").
func (d *docState) invertedSubjectDE(toks []token, text string, v int, lex lexicon) string {
	i := v + 1
	for i < len(toks) && i-v <= 2 && !toks[i].is(tCap) && !toks[i].is(tPunct) && toks[i].cat&cDet == 0 && !possessiveArticleDE(toks[i].low) {
		if prepositionDE(toks[i].low) {
			return "" // "sagte nach seiner Wahl …": the article after it is the preposition's
		}
		i++ // "sagte ebenfalls der …"
	}
	if i >= len(toks) || toks[i].cat&cDet == 0 && toks[i].low != "des" && !possessiveArticleDE(toks[i].low) {
		return "" // an article, "des" or a possessive ("sagte dessen Vorsitzender …")
	}
	art := i
	if dativeAfterVerbDE(toks, art) || singularAfterPluralDE(toks, v, art) {
		return "" // "bestätigte dem Abgeordneten Roth": the one told; "forderten eine Senkung": an object
	}
	i++
	if h := extendedAttributeHeadDE(toks, art); h > 0 {
		i = h // "schrieb die in Porto geborene Sängerin Lia Moura"
	}
	for i < len(toks) && i-v <= 6 && !toks[i].is(tCap) && !toks[i].is(tPunct) && toks[i].cat&cDet == 0 {
		i++ // "der zuständige", "der neuseeländische"
	}
	i = ordinalTitleSkipDE(toks, i, lex) // "sagte die Zweite Vorsitzende des Vereins, …"
	if i >= len(toks) || !toks[i].is(tCap) || toks[i].is(tPunct) || toks[i].cat&(cNotName|cDet) != 0 || functionWordDE(text[toks[i].s:toks[i].e]) {
		return ""
	}
	noun, end := i, i+1
	if end+1 < len(toks) && genitiveLinkDE(toks[end].low) {
		g := end + 1
		for g < len(toks) && g-end <= 3 && !toks[g].is(tCap) && !toks[g].is(tPunct) && (toks[end].low[0] == 'd' || toks[g].cat&cDet != 0) {
			g++ // "des staatlichen Instituts"; after "von" an article only ("von der Stadt", not "von solchen Bescheinigungen")
		}
		if g < len(toks) && toks[g].is(tCap) && !toks[g].is(tPunct) {
			if who := d.nameAfterGenitiveDE(toks, text, end, lex); who != "" {
				return who // "die stellvertretende Vorsitzende des Vereins Ina Vorberg"
			}
			end = capRun(toks, text, g, true)
		}
	}
	n := end
	if n+1 < len(toks) && toks[n].p == ',' {
		n++
	}
	n = skipAcademicDE(toks, n) // "die Studienleiterin Prof. Miriam Oelschläger"
	if n < len(toks) && toks[n].is(tCap) && !toks[n].is(tPunct) && n+1 < len(toks) && toks[n+1].is(tCap) && !toks[n+1].is(tPunct) {
		if who := d.nameAt(toks, text, n, true, lex, false, false); strings.IndexByte(who, ' ') > 0 {
			return who // "…, Ilja Nothnagel", "der Vorsitzende des Ausschusses Manuel Höferlin"
		}
	}
	if n == end && n < len(toks) && capWord(&toks[n]) {
		if p, ok := d.lookup(text[toks[n].s:toks[n].e]); ok {
			return p.name // "der konservative Herausforderer Rajoy": a person the text named
		}
	}
	if r := roleOf(&toks[noun], lex); r != "" && d.roles[r] != "" && end == noun+1 {
		return d.roles[r]
	}
	w := text[toks[noun].s:toks[noun].e]
	if p, ok := d.lookup(w); ok {
		return p.name
	}
	if end == noun+1 && noun == i {
		if who := d.definiteRoleDE(toks, noun, lex); who != "" {
			return who // "…, sagt der Mediziner" after "…, sagt Bernd Kühlmuß"
		}
	}
	if noun > art+1 && (toks[art].low != "der" && toks[art].low != "die" || roleGender(toks[noun].low, true) == 0) {
		if who := adjPhraseDE(toks, text, toks[art].low, art+1, noun, end); who != "" {
			return who // "versichert das zuständige Ministerium" → "zuständiges Ministerium"; a definite person is a role ("der zuständige Richter")
		}
	}
	return text[toks[noun].s:toks[end-1].e]
}

// genitiveLinkDE reports whether a word links a German noun to the body it
// belongs to: a genitive article or "von"/"vom" ("ein Sprecher des
// Ministeriums", "ein Sprecher von VW", "ein Sprecher vom Bürgermeisteramt").
func genitiveLinkDE(w string) bool {
	switch w {
	case "des", "der", "von", "vom":
		return true
	}
	return false
}

// expectsThatDE reports whether the verb at v is a form of "erwarten"
// followed by ", dass": "Ina Roth erwartet, dass …" states an expectation,
// while "erwartet" alone ("erwartet Gäste", "wird erwartet") lost as much
// as it gained (positionVerbDE).
func expectsThatDE(toks []token, v int) bool {
	switch toks[v].low {
	case "erwartet", "erwartete", "erwarten", "erwarteten":
		return v+2 < len(toks) && toks[v+1].p == ',' && toks[v+2].low == "dass"
	}
	return false
}

// celebrateWithoutAsDE reports whether the verb at v is a form of
// "feiern" whose clause has no "als": "feierte den Beschluss als
// Durchbruch" judges, "feierte seinen Geburtstag" does not.
func celebrateWithoutAsDE(toks []token, v int) bool {
	switch toks[v].low {
	case "feiert", "feierte", "feierten":
		for k := v + 1; k < len(toks) && k <= v+12; k++ {
			switch {
			case toks[k].low == "als":
				return false
			case toks[k].p == ',' || toks[k].p == ';' || toks[k].p == ':' || toks[k].p == '.':
				return true // brackets and quotation marks do not end the clause: "feierte die Genehmigung der Behörde (FDA) als „Durchbruch“"
			}
		}
		return true
	}
	return false
}
