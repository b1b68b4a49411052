package extract

import (
	"math/rand"
	"strings"
	"testing"
)

// inSet reports whether the lower-case word w is one of the set s
// (wordSets), by the sets' maps.
func inSet(w string, s wordSets) bool {
	switch s {
	case wsReport:
		_, ok := reportVerbsDE[w]
		return ok
	case wsAttitude:
		return attitudesDE[w] || w == "davon"
	case wsGroup:
		return groupNounsDE[w]
	case wsSich:
		return w == "sich"
	case wsHeisst:
		return w == "heißt" || w == "hieß"
	case wsLautet:
		return w == "lautet" || w == "lautete"
	case wsSo:
		return w == "so"
	case wsNach:
		return w == "nach" || w == "aus"
	case wsErsatz:
		return ersatzPluralDE[w]
	case wsParticiple:
		return reportParticiplesDE[w] // of phraseParticiplesDE only after its word: TestAbsentSetsSentences
	case wsFinding:
		return findingVerbsDE[w] || w == "hervor" || w == "ergebnis" || w == "schluss" || w == "schluß"
	case wsEigene:
		return w == "eigenen"
	case wsZufolge:
		return w == "zufolge"
	case wsVerlautet:
		return w == "verlautete" || w == "verlautet" || w == "verlauteten" || w == "verlautbarte"
	case wsCome:
		return comeVerbDE(w)
	case wsPosBody:
		return positionBodyVerbDE([]token{{low: w}, {low: "als"}, {low: "für"}, {low: "auf"}, {low: "an"}}, 0) // all that a verb's clause may need
	case wsHold:
		return w == "hält" || w == "hielt" || w == "halten" || w == "hielten"
	case wsGo:
		return w == "geht" || w == "gehen" || w == "ging" || w == "gingen"
	case wsPosition:
		return positionVerbDE(w)
	case wsWill:
		return w == "will" || w == "wollte" || w == "wollen"
	case wsStance:
		return stanceParticiplesDE[w]
	case wsLaut:
		return w == "laut"
	case wsFear:
		return fearVerbDE(w) && w != "erwarteten" // of wsPosBody
	}
	return false
}

// TestAbsentSets checks that absentSets never calls a set absent from a
// unit that holds one of its words: every word of every set alone, and
// random units of such words and others.
func TestAbsentSets(t *testing.T) {
	sets := []wordSets{wsReport, wsAttitude, wsGroup, wsSich, wsHeisst, wsLautet, wsSo, wsNach, wsErsatz, wsParticiple, wsFinding, wsEigene, wsZufolge, wsVerlautet, wsCome, wsPosBody, wsHold, wsGo, wsPosition, wsWill, wsStance, wsFear, wsLaut}
	words := []string{"", "a", "und", "Sich", "sichtbar", "davor", "haus", "kam", "heisst", "laut", "sogar", "nachher", "raus", "gegessen", "hingewiesenen"}
	for w := range reportVerbsDE {
		words = append(words, w)
	}
	for w := range attitudesDE {
		words = append(words, w)
	}
	for w := range groupNounsDE {
		words = append(words, w)
	}
	for w := range ersatzPluralDE {
		words = append(words, w)
	}
	for w := range reportParticiplesDE {
		words = append(words, w)
	}
	for w := range findingVerbsDE {
		words = append(words, w)
	}
	words = append(words, setWordsDE...)
	words = append(words, positionVerbsDE...)
	for w := range stanceParticiplesDE {
		words = append(words, w)
	}
	for _, w := range words {
		a := absentSets([]token{{low: w}})
		for _, s := range sets {
			if inSet(w, s) && a&s != 0 {
				t.Errorf("absentSets(%q) = %05b: set %05b absent", w, a, s)
			}
		}
	}
	rng := rand.New(rand.NewSource(3))
	for range 2000 {
		toks := make([]token, rng.Intn(6))
		for i := range toks {
			toks[i].low = words[rng.Intn(len(words))]
		}
		a := absentSets(toks)
		if a&wsKnown == 0 {
			t.Fatalf("absentSets(%v) = %05b, without wsKnown", toks, a)
		}
		for _, s := range sets {
			for _, tk := range toks {
				if inSet(tk.low, s) && a&s != 0 {
					t.Fatalf("absentSets(%v) = %05b: set %05b absent, though %q is in it", toks, a, s, tk.low)
				}
			}
		}
	}
	if a := absentSets(nil); a != wsKnown|wsReport|wsAttitude|wsGroup|wsSich|wsHeisst|wsLautet|wsSo|wsNach|wsErsatz|wsParticiple|wsFinding|wsEigene|wsZufolge|wsVerlautet|wsCome|wsPosBody|wsHold|wsGo|wsPosition|wsWill|wsStance|wsFear|wsLaut {
		t.Errorf("absentSets(nil) = %05b, want every set absent", a)
	}
}

// TestLacksGates checks that the German rules that ask lacks give the same
// answer with the unit's scan known (as in attribute) as without it, and
// that an answer is found in made-up sentences of each form; and that
// attribute leaves docState.absent unknown after the unit.
func TestLacksGates(t *testing.T) {
	for _, c := range []struct {
		text string
		rule func(d *docState, toks []token, text string) string
	}{
		{"Die Feuerwehr pochte auf mehr Vorsicht.", func(d *docState, toks []token, text string) string { return d.reportBodyDE(toks, text) }},
		{"Mira Kolb ist überzeugt, dass die Brücke hält.", func(d *docState, toks []token, text string) string { return d.attitudeSpeakerDE(toks, text, lexDE) }},
		{"Mira Kolb geht davon aus, dass die Brücke hält.", func(d *docState, toks []token, text string) string { return d.attitudeSpeakerDE(toks, text, lexDE) }},
		{"Der Winter wird hart, fürchten viele Forscher.", func(d *docState, toks []token, text string) string { return d.groupSourceDE(toks, text, lexDE) }},
		{"Ähnlich äußerte sich Mira Kolb.", func(d *docState, toks []token, text string) string { return d.reflexiveSpeakerDE(toks, text, lexDE) }},
		{"Mira Kolb wies darauf hin, dass die Brücke alt ist.", func(d *docState, toks []token, text string) string { return d.reportSpeakerDE(toks, text, lexDE) }},
		{"Die Brücke sei alt, so der Bürgermeister.", func(d *docState, toks []token, text string) string { return d.soSourceDE(toks, text, lexDE) }},
		{"Aus dem Rathaus hieß es, die Brücke sei alt.", func(d *docState, toks []token, text string) string { return d.heisstEsSourceDE(toks, text, lexDE) }},
		{"Die Brücke sei alt, hieß es vom Sprecher Jonas Brenner.", func(d *docState, toks []token, text string) string { return d.heisstEsDE(toks, text, lexDE) }},
		{"Die Antwort von Mira Kolb lautete: Nein.", func(d *docState, toks []token, text string) string { return d.lautetSourceDE(toks, text, lexDE) }},
		{"Nach Angaben der Feuerwehr brannte die Scheune.", func(d *docState, toks []token, text string) string { return d.nachSourceDE(toks, text, lexDE) }},
		{"Nach Angaben von Jonas Brenner brannte die Scheune.", func(d *docState, toks []token, text string) string { return d.nachAngabenDE(toks, text, lexDE) }},
		{"Mira Kolb hat mehrfach hervorgehoben, dass die Brücke alt ist.", func(d *docState, toks []token, text string) string { return d.perfectReportDE(toks, text, lexDE) }},
		{"Das ergab eine Umfrage des Instituts Kolb.", func(d *docState, toks []token, text string) string { return d.findingSourceDE(toks, text, lexDE) }},
		{"Das geht aus einer Studie der Universität Lenzburg hervor.", func(d *docState, toks []token, text string) string { return d.findingSourceDE(toks, text, lexDE) }},
		{"Zu diesem Ergebnis kommt eine Studie der Universität Lenzburg.", func(d *docState, toks []token, text string) string { return d.findingSourceDE(toks, text, lexDE) }},
		{"Die Brücke ist nach eigenen Angaben des Bauamts alt.", func(d *docState, toks []token, text string) string { return d.ownAccountDE(toks, text, lexDE) }},
		{"Die Brücke ist nach Stadtkurier-Recherchen alt.", func(d *docState, toks []token, text string) string { return d.infoCompoundDE(toks, text, lexDE) }},
		{"Stadtkurier-Recherchen zufolge ist die Brücke alt.", func(d *docState, toks []token, text string) string { return d.infoCompoundDE(toks, text, lexDE) }},
		{"Aus dem Rathaus verlautete, die Brücke sei alt.", func(d *docState, toks []token, text string) string { return d.verlautetSourceDE(toks, text, lexDE) }},
		{"Scharfe Kritik kam vom Bürgermeister Jonas Brenner.", func(d *docState, toks []token, text string) string { return d.stanceSourceDE(toks, text, lexDE) }},
		{"Auf eine rasche Prüfung pochte der Bürgermeister Jonas Brenner.", func(d *docState, toks []token, text string) string { return d.frontedPrepSpeakerDE(toks, text, lexDE) }},
	} {
		checkScanKnown(t, c.text, c.rule)
	}
	text := "Die Feuerwehr pochte auf mehr Vorsicht."
	var z tokenizer
	toks := z.tokenize(text, lexDE)
	d := &docState{}
	var a analysis
	d.attribute(toks, text, 0, len(text), &a, true, lexDE)
	if d.absent != 0 {
		t.Errorf("docState.absent after attribute = %05b, want 0 (unknown)", d.absent)
	}
}

// TestColonQuoteDEGate checks that colonQuoteDE, which returns at once for
// a text without ':', finds the same colon as the scan of every token,
// with and without colons, and with a colon only in a quotation.
func TestColonQuoteDEGate(t *testing.T) {
	for text, want := range map[string]int{
		"Die Wirtin sagt es klar: „Wir öffnen erst wieder im Mai.“":      5,
		"Um 12:30 Uhr sagte sie: „Wir öffnen erst wieder im Mai.“":       7,
		"Die Wirtin sagt es klar, sie öffne erst wieder im Mai.":         -1,
		"„Wir öffnen: erst im Mai, und dann wieder.“ Die Wirtin bleibt.": -1,
		"Sie sagt nur: „Mai.“":                                           -1,
		"":                                                               -1,
	} {
		var z tokenizer
		toks := z.tokenize(text, lexDE)
		scan := unquotedIndex(toks, text, func(i int) bool {
			return toks[i].p == ':' && i+1 < len(toks) && doubleQuote(&toks[i+1], text) && quotedWords(toks, text, i+2) >= 4
		})
		if got := colonQuoteDE(toks, text); got != want || got != scan {
			t.Errorf("colonQuoteDE(%q) = %d, want %d (the scan: %d)", text, got, want, scan)
		}
	}
}

// TestReportedFormGates checks that reportedFormDE answers the same with
// the unit's scan known as without it, right after an attributed unit:
// a plural Ersatzform reports, and does not after "heißt es".
func TestReportedFormGates(t *testing.T) {
	for text, want := range map[string]bool{
		"Die Bäckereien müssten bald schließen.":           true,
		"Die Bäckereien müssten bald schließen, heißt es.": false,
		"Die Bäckereien schließen im Winter um fünf Uhr.":  false,
	} {
		var z tokenizer
		toks := z.tokenize(text, lexDE)
		d := &docState{sinceClaim: 1}
		scanned := d.reportedFormDE(toks)
		d.absent = absentSets(toks)
		if known := d.reportedFormDE(toks); scanned != want || known != want {
			t.Errorf("reportedFormDE(%q) = %v with the unit's scan known, %v without; want %v", text, known, scanned, want)
		}
	}
}

// TestFullestNone checks that every step of fullest1 keeps an empty
// claimant empty, in either language, as fullest1 returns "" at once.
func TestFullestNone(t *testing.T) {
	for _, en := range []bool{false, true} {
		d := &docState{en: en}
		text := "The Harbor Post said it. Mira Kolb of The Harbor Post spoke."
		var z tokenizer
		lex := lexDE
		if en {
			lex = lexEN
		}
		d.mentions(z.tokenize(text, lex), text, !en, lex)
		c := ""
		if en {
			c = d.dropLeadEN(c)
		}
		if got := legalFormStopEN(d.en, c, generationStopEN(d.theTitledEN(d.stripTitlesEN(d.fullName(d.acronymFullEN(c)))))); got != "" || d.fullest1("") != "" {
			t.Errorf("en %v: the steps of fullest1 turn \"\" into %q, fullest1 into %q", en, got, d.fullest1(""))
		}
	}
}

// TestClosedLowDE checks closedClassDE, which asks one map, against the
// lists it unites, for every word of them and for words of none.
func TestClosedLowDE(t *testing.T) {
	lists := []map[string]bool{quantifierDE, determinersDE, possessive, prepositionsBeforeDE}
	words := []string{"haus", "Haus", "mira", "", "dieser", "ein"}
	for _, l := range lists {
		for w := range l {
			words = append(words, w)
		}
	}
	words = append(words, prepositionsDE[:]...)
	for _, low := range words {
		want := functionWordDE(low)
		for _, l := range lists {
			want = want || l[low]
		}
		for _, p := range prepositionsDE {
			want = want || p == low
		}
		if got := closedClassDE(low, low); got != want {
			t.Errorf("closedClassDE(%q) = %v, want %v", low, got, want)
		}
	}
}

// TestTitleWordsByLenEN checks that titleWordEN, which compares a word
// only with the titles of its length, answers as foldIn over the whole
// list, for every title in three spellings and for other words.
func TestTitleWordsByLenEN(t *testing.T) {
	words := []string{"", "a", "Ruth", "Dan", "Chairs", "Speakers", "Capt.", "Vice-Chair", "Ann-Lee"}
	for _, w := range titleWordsEN {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w+"s", w[1:])
	}
	for _, w := range words {
		s := strings.TrimSuffix(w, ".")
		if strings.IndexByte(s, '-') >= 0 {
			continue // by the last part: TestTitleWordEN
		}
		want := len(s) >= 2 && len(s) <= 14 && foldIn(s, titleWordsEN[:]...)
		if got := titleWordEN(w); got != want {
			t.Errorf("titleWordEN(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestAbsentSetsSentences checks on made-up sentences that absentSets
// marks a set absent when the sentence lacks its words (also a longer
// word that only begins with one) and present when it holds one.
func TestAbsentSetsSentences(t *testing.T) {
	for _, c := range []struct {
		text   string
		set    wordSets
		absent bool
	}{
		{"Die Zählung zeigte einen Anstieg.", wsFinding, false},
		{"Das geht aus dem Papier hervor.", wsFinding, false},
		{"Zu dem Schluss kam auch der Rat.", wsFinding, false},
		{"Der Anstieg war im Winter am größten.", wsFinding, true},
		{"Die Hervorhebung fehlt im Papier.", wsFinding, true},
		{"Das Amt nannte nach eigenen Angaben keine Zahl.", wsEigene, false},
		{"Das Amt nannte keine eigene Zahl.", wsEigene, true},
		{"Dem Amt zufolge fehlt die Zahl.", wsZufolge, false},
		{"Die Folge war ein Streit.", wsZufolge, true},
		{"Aus dem Amt verlautete nichts.", wsVerlautet, false},
		{"Das Amt verlautbarte eine Zahl.", wsVerlautet, false},
		{"Das Amt schwieg.", wsVerlautet, true},
		{"Die Kritik kam vom Amt.", wsCome, false},
		{"Lob kommt vom Amt.", wsCome, false},
		{"Die Kritik bekam das Amt.", wsCome, true},
		{"Das Amt hat es hervorgehoben.", wsParticiple, false},
		{"Das Amt hat es zu bedenken gegeben.", wsParticiple, false},
		{"Das Amt hat Kritik geübt.", wsParticiple, false},
		{"Das Amt hat es gemacht.", wsParticiple, true},
		{"Das Amt hat die Weiche gestellt und Brot gebacken.", wsParticiple, true},
		{"Bekannt gegeben hat es das Amt.", wsParticiple, false},
	} {
		var z tokenizer
		toks := z.tokenize(c.text, lexDE)
		a := absentSets(toks)
		if got := a&c.set != 0; got != c.absent {
			t.Errorf("absentSets(%q) = %b: set %b absent %v, want %v", c.text, a, c.set, got, c.absent)
		}
		if d := (&docState{}); d.lacks(toks, c.set) != c.absent {
			t.Errorf("lacks(%q, %b) = %v, want %v", c.text, c.set, !c.absent, c.absent)
		}
	}
}

// TestReportParticipleFilter checks that reportParticipleDE, which asks
// participleFilter first, answers as the two maps do, for every word of
// them and for other words, after each first word of a phrase and after
// another word.
func TestReportParticipleFilter(t *testing.T) {
	words := []string{"", "a", "gesagt", "gemachte", "gestern", "hingewiesene", "Gemacht"}
	befores := []string{"und"}
	for w := range reportParticiplesDE {
		words = append(words, w)
	}
	for w, firsts := range phraseParticiplesDE {
		words = append(words, w)
		befores = append(befores, firsts...)
	}
	for _, w := range words {
		for _, b := range befores {
			toks := []token{{low: b}, {low: w}}
			want := reportParticiplesDE[w]
			for _, p := range phraseParticiplesDE[w] {
				want = want || p == b
			}
			if got := reportParticipleDE(toks, 1); got != want {
				t.Errorf("reportParticipleDE(%q %q) = %v, want %v", b, w, got, want)
			}
		}
	}
}

// checkScanKnown checks that rule finds the same speaker in the German
// text with the unit's scan of word sets known (absentSets) as without it,
// and not none.
func checkScanKnown(t *testing.T, text string, rule func(d *docState, toks []token, text string) string) {
	t.Helper()
	var z tokenizer
	toks := z.tokenize(text, lexDE)
	d := &docState{}
	d.mentions(toks, text, true, lexDE)
	scanned := rule(d, toks, text)
	d.absent = absentSets(toks)
	known := rule(d, toks, text)
	if scanned == "" || known != scanned {
		t.Errorf("%q: %q with the unit's scan known, %q without; want the same, not empty", text, known, scanned)
	}
}
