package extract

import (
	"strings"
	"testing"
)

// TestClaimantNameTitles checks that titles and offices before a first name
// and surname are dropped, and first names kept.
func TestClaimantNameTitles(t *testing.T) {
	for in, want := range map[string]string{
		"Trainer Jonas Reed":                "Jonas Reed",
		"FDP-Fraktionsvize Clara Weiß":      "Clara Weiß",
		"Unionsfraktionsvize Jana Koch":     "Jana Koch",
		"EU-Binnenmarktkommissar Anne Kerr": "Anne Kerr",
		"Hans-Peter Lorenz":                 "Hans-Peter Lorenz",
		"Sheriff Alex Moreno":               "Alex Moreno",
		"Maria Schneider":                   "Maria Schneider",
		"Bush’s":                            "",
		"Projektleiter Alexander Brandt":    "Alexander Brandt",
		"Hessens Regierungschef Brandt":     "Brandt",
		"Ende Dezember":                     "",
		"Hillary Rodham Clinton":            "Hillary Rodham Clinton",
		"Victor Mendes":                     "Victor Mendes",
		"Secretary Ann Lee":                 "Ann Lee",
		"CEO Tom Alder":                     "Tom Alder",
		"Commentary’s Tom Alder":            "Tom Alder",
	} {
		if got := claimantName(in); got != want {
			t.Errorf("claimantName(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCompoundNoun checks the compound-noun test on words before a name.
func TestCompoundNoun(t *testing.T) {
	for w, want := range map[string]bool{
		"US-Präsident": true, "Hamburg-Korrespondentin": true, "Unionsfraktionsvize": true,
		"Hans-Peter": false, "Maria": false, "Karl-Heinz": false,
	} {
		if got := compoundNoun(w); got != want {
			t.Errorf("compoundNoun(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestClaimantWeightsFile checks the embedded weights and the parser's
// errors.
func TestClaimantWeightsFile(t *testing.T) {
	if _, err := parseClaimantWeights(claimantTSV); err != nil {
		t.Fatalf("embedded weights: %v", err)
	}
	var all strings.Builder
	for _, n := range claimantFeatureNames {
		all.WriteString(n + "\t1\t-2\n")
	}
	w, err := parseClaimantWeights("# comment\n" + all.String())
	if err != nil || w[0][cfRules] != 1 || w[1][cfNone] != -2 {
		t.Fatalf("weights %v, %v", w, err)
	}
	for name, bad := range map[string]string{
		"missing feature": "rules\t1\t1\n",
		"unknown feature": all.String() + "no such feature\t1\t1\n",
		"two columns":     all.String() + "rules\t1\n",
		"not a number":    all.String() + "rules\tx\t1\n",
	} {
		if _, err := parseClaimantWeights(bad); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

// TestChooserRecent checks the recently-named list: most recent first, a
// known entity moves to the front, the oldest falls off.
func TestChooserRecent(t *testing.T) {
	var c chooser
	for e := range int32(recentN + 2) {
		c.touch(e)
	}
	if c.nRecent != recentN || c.recent[0] != recentN+1 || c.recent[recentN-1] != 2 {
		t.Fatalf("recent %v (%d)", c.recent, c.nRecent)
	}
	c.touch(5)
	if c.recent[0] != 5 || c.recent[1] != recentN+1 || c.nRecent != recentN {
		t.Fatalf("after touching 5: %v", c.recent)
	}
	for i := 1; i < c.nRecent; i++ {
		if c.recent[i] == 5 {
			t.Fatalf("5 twice: %v", c.recent)
		}
	}
}

// TestStripTitles checks that only words the text writes in lower case are
// dropped, and two words always remain.
func TestStripTitles(t *testing.T) {
	c := chooser{common: lazySet[string]{m: map[string]bool{"staff": true, "general": true, "ana": true}}}
	for in, want := range map[string]string{
		"Staff Ana Ruiz":         "Ana Ruiz",
		"General Staff Ana Ruiz": "Ana Ruiz",
		"Ana Ruiz":               "Ana Ruiz",
		"Senator Ana Ruiz":       "Senator Ana Ruiz",
		"Ruiz":                   "Ruiz",
	} {
		if got := c.stripTitles(in); got != want {
			t.Errorf("stripTitles(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestUnitFacts checks the facts the chooser's features read.
func TestUnitFacts(t *testing.T) {
	for _, c := range []struct {
		lang, text      string
		verb, according bool
		quoted, konj    bool
		pronoun         byte
	}{
		{"de", "Er sagte, die Lage sei ernst.", true, false, false, true, 'm'},
		{"de", "Laut Polizei gab es keine Verletzten.", false, true, false, false, 0},
		{"en", "“We will win,” she said.", true, false, true, false, 'f'},
		{"en", "The rain stopped at noon.", false, false, false, false, 0},
	} {
		var z tokenizer
		toks := z.tokenize(c.text, lexFor(c.lang))
		var a analysis
		analyze(&z, c.text, toks, c.lang, &a)
		f := facts(toks, &a, c.lang == "de", false)
		if (f.verb >= 0) != c.verb || (f.according >= 0) != c.according || f.quoted != c.quoted || f.konj != c.konj || f.pronounG != c.pronoun {
			t.Errorf("%q: facts %+v", c.text, f)
		}
	}
}

// TestDoubleQuote checks which quotation marks open or close a quotation.
func TestDoubleQuote(t *testing.T) {
	text := "„a“ »b« \"c\" ’d‘ 'e'"
	var z tokenizer
	n := 0
	for _, tk := range z.tokenize(text, lexDE) {
		if doubleQuote(&tk, text) {
			n++
		}
	}
	if n != 6 {
		t.Fatalf("%d double quotation marks, want 6", n)
	}
}

// TestWordCategory checks the lexicon look-up in lower case.
func TestWordCategory(t *testing.T) {
	if wordCategory("Montag")&cWeekday == 0 || wordCategory("MONDAY")&cWeekday == 0 || wordCategory("März")&cMonth == 0 {
		t.Error("weekday or month not found")
	}
	if wordCategory("Berger") != 0 || wordCategory(strings.Repeat("x", 40)) != 0 {
		t.Error("a name in the lexicon")
	}
	if n := testing.AllocsPerRun(10, func() { wordCategory("Montag") }); n != 0 {
		t.Errorf("%v allocations", n)
	}
}

// TestLearnedWeights checks when the chooser may be skipped: weights that
// only give the rules' answer, else none.
func TestLearnedWeights(t *testing.T) {
	var w [nCF]float32
	w[cfRules], w[cfRulesCarried], w[cfNone] = 2, 2, 1
	if learnedWeights(&w) {
		t.Error("the rules' weights taken as learned")
	}
	w[cfInUnit] = 0.5
	if !learnedWeights(&w) {
		t.Error("a learned weight missed")
	}
	w[cfInUnit], w[cfNone] = 0, 3
	if !learnedWeights(&w) {
		t.Error("none above the rules missed")
	}
	if got := usedFeatures(&w); len(got) != 3 || got[0] != cfRules {
		t.Errorf("used features %v", got)
	}
}

// TestGroupSubjectEN checks the unnamed groups found as the subject of an
// English verb of saying, and the subjects that are none.
func TestGroupSubjectEN(t *testing.T) {
	for text, want := range map[string]string{
		"Authorities say the boy used a gun.":                      "Authorities",
		"City officials say the drop made it possible.":            "City officials",
		"Critics of the plan, however, argue it costs too much.":   "Critics of the plan",
		"But several district attorneys now say they stopped.":     "several district attorneys",
		"In the south, federal authorities say most are unlisted.": "federal authorities",
		"The plan says nothing about costs.":                       "",
		"Anne Miller and Jonas Reed say they agree.":               "",
		"They say it was late.":                                    "",
		"We want to say more.":                                     "",
	} {
		var z tokenizer
		toks := z.tokenize(text, lexEN)
		if got := pluralGroupEN(toks, text); got != want {
			t.Errorf("pluralGroupEN(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestBaseSpeechEN checks the base forms of verbs of saying.
func TestBaseSpeechEN(t *testing.T) {
	for w, want := range map[string]bool{"say": true, "argue": true, "warn": true, "table": false, "the": false} {
		var z tokenizer
		toks := z.tokenize(w, lexEN)
		if got := baseSpeechEN(&toks[0]); got != want {
			t.Errorf("baseSpeechEN(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestFunctionWordDE checks German function words and sentence adverbs
// against names and bodies.
func TestFunctionWordDE(t *testing.T) {
	for w, want := range map[string]bool{
		"Darum": true, "Damit": true, "Hierzu": true, "Worauf": true, "Wie": true, "Bisher": true,
		"Polizei": false, "Experten": false, "Dahm": false, "Worms": false, "Merkel": false,
	} {
		if got := functionWordDE(w); got != want {
			t.Errorf("functionWordDE(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestStripTitlesNotFirst checks that a word the text writes before a
// lower-case word goes before a name, and that phrases with lower-case
// words keep theirs.
func TestStripTitlesNotFirst(t *testing.T) {
	var c chooser
	for _, s := range []string{"The Landrat said it.", "Republican lawmakers agreed."} {
		var z tokenizer
		c.noteCommon(z.tokenize(s, lexEN), s, false)
	}
	for in, want := range map[string]string{
		"Landrat Eva Roth":           "Eva Roth",
		"Republican Anne Miller":     "Anne Miller",
		"Jonas Peter Reed":           "Jonas Peter Reed",
		"some opponents of the plan": "some opponents of the plan",
	} {
		if got := c.stripTitles(in); got != want {
			t.Errorf("stripTitles(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestFullName checks the resolution of short forms to the fullest name.
func TestFullName(t *testing.T) {
	var d docState
	d.ch.notFirst.add("Regierungschef")
	for _, n := range []string{"Ban Ki-moon", "Mary Zapata", "Mary Jones", "Reiner Haseloff", "Trump Sunday"} {
		d.register(n, 0)
	}
	for in, want := range map[string]string{
		"Ki-moon":                 "Ban Ki-moon",
		"Ban":                     "Ban Ki-moon",
		"Mary":                    "Mary",  // two people start so
		"Trump":                   "Trump", // "Trump Sunday" is no name
		"Regierungschef Haseloff": "Reiner Haseloff",
		"Tobias Haseloff":         "Tobias Haseloff", // a first name, not a title
		"":                        "",
	} {
		if got := d.fullName(in); got != want {
			t.Errorf("fullName(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestObjectAndPassiveDE checks German nouns that are no subject of the
// verb of saying after them, and passives.
func TestObjectAndPassiveDE(t *testing.T) {
	for text, want := range map[string]string{
		"Sie flog nach Rom, als die Inseln zum Risikogebiet erklärt wurden.":  "",
		"In der Gruppe gibt es viele Autorinnen, die das Gleiche befürchten.": "",
		"Die Polizei teilte mit, die Straße sei gesperrt.":                    "Polizei",
		"Projektleiter Eva Roth sagte, es gehe voran.":                        "Eva Roth",
	} {
		units := Extract(text, Options{Lang: "de"})
		if got := units[len(units)-1].Claimant; got != want {
			t.Errorf("%q: claimant %q, want %q", text, got, want)
		}
	}
	var z tokenizer
	toks := z.tokenize("zum Risikogebiet erklärt wurden", lexDE)
	if !objectDE(toks, 1) || !passiveDE(toks, 2) || objectDE(toks, 0) {
		t.Errorf("objectDE/passiveDE: %v %v %v", objectDE(toks, 1), passiveDE(toks, 2), objectDE(toks, 0))
	}
}

// TestCutAtVerbAndDates checks that a name cut at a capitalised verb in
// running text and date words are no claimant.
func TestCutAtVerbAndDates(t *testing.T) {
	for text, want := range map[string]string{
		"Anne Miller Slams New Tax Plan":               "Anne Miller",
		"He said the United States warned its allies.": "",
		"Ende Dezember sagte der Sprecher nichts.":     "",
	} {
		units := Extract(text, Options{Lang: map[bool]string{true: "de", false: "en"}[strings.Contains(text, "Ende")]})
		if got := units[len(units)-1].Claimant; got != want {
			t.Errorf("%q: claimant %q, want %q", text, got, want)
		}
	}
	for in, want := range map[string]string{"Ende Dezember": "", "MSNBC Monday": "MSNBC", "Anne Miller": "Anne Miller"} {
		if got := claimantName(in); got != want {
			t.Errorf("claimantName(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPositionSpeakerDE checks German verbs of taking a position: a person
// named beside them speaks, a thing does not.
func TestPositionSpeakerDE(t *testing.T) {
	for text, want := range map[string]string{
		"Ministerpräsidentin Eva Roth war in Bonn. Roth hält Sperren für schwer umsetzbar.": "Eva Roth",
		"So sieht Ministerin Eva Roth noch großen Bedarf.":                                  "Eva Roth",
		"Der Plan sieht vor, dass die Schulen öffnen.":                                      "",
	} {
		units := Extract(text, Options{Lang: "de"})
		if got := units[len(units)-1].Claimant; got != want {
			t.Errorf("%q: claimant %q, want %q", text, got, want)
		}
	}
}

// TestConjoinedSubjects checks two names joined by "und"/"and" before a
// verb of saying.
func TestConjoinedSubjects(t *testing.T) {
	for text, want := range map[string]string{
		"Edeka und Rewe argumentieren ähnlich.":        "Edeka; Rewe",
		"Anne Miller and Jonas Reed said it was late.": "Anne Miller; Jonas Reed",
	} {
		lang := "de"
		if strings.Contains(text, " and ") {
			lang = "en"
		}
		units := Extract(text, Options{Lang: lang})
		if got := units[len(units)-1].Claimant; got != want {
			t.Errorf("%q: claimant %q, want %q", text, got, want)
		}
	}
	if got := cleanClaimants("Sheriff Alex Moreno; Bush’s"); got != "Alex Moreno" {
		t.Errorf("cleanClaimants = %q", got)
	}
}

// TestNamesInPossessivesAndLexiconWords checks that a possessive and a
// first word the lexicon also knows still register a person's full name.
func TestNamesInPossessivesAndLexiconWords(t *testing.T) {
	for text, want := range map[string]string{
		"Investigators of Attorney General Anne Miller’s office came. \"It is late,\" Miller said.": "Anne Miller",
		"Ban Ki-moon sat in the hotel. \"It was hard,\" Ban recalled.":                              "Ban Ki-moon",
	} {
		units := Extract(text, Options{Lang: "en"})
		if got := units[len(units)-1].Claimant; got != want {
			t.Errorf("%q: claimant %q, want %q", text, got, want)
		}
	}
	if got := stripPossessive("Bush’s"); got != "Bush’s" {
		t.Errorf("stripPossessive(Bush’s) = %q: a single word stays (claimantName drops it)", got)
	}
}

// TestAccordingPhraseAndRoleEN checks described sources after "according
// to" and a role before a verb of saying.
func TestAccordingPhraseAndRoleEN(t *testing.T) {
	for text, want := range map[string]string{
		"Sales rose, according to newly filed finance reports.":                         "newly filed finance reports",
		"They removed them, according to one person familiar with it.":                  "one person familiar with it",
		"Costs rose, according to a study by economists at two colleges.":               "economists at two colleges",
		"Costs rose, according to a study that nobody has read so far yet.":             "",
		"Sheriff Alex Moreno spoke on Monday. The motive is unclear, the sheriff said.": "Alex Moreno",
	} {
		units := Extract(text, Options{Lang: "en"})
		if got := units[len(units)-1].Claimant; got != want {
			t.Errorf("%q: claimant %q, want %q", text, got, want)
		}
	}
}

// TestInvertedSubjectDE checks the German subject after a verb of saying
// that follows a quotation or a comma.
func TestInvertedSubjectDE(t *testing.T) {
	for text, want := range map[string]string{
		"„Es geht voran“, sagt der Inhaber der Tanzschule.":                                   "Inhaber der Tanzschule",
		"Es sei ein Gutachter beauftragt worden, teilte der zuständige Insolvenzrichter mit.": "Insolvenzrichter",
		"„Es bleibt schwierig“, warnte der Experte des Verbandes, Jonas Brandt.":              "Jonas Brandt",
		"Sprecherin Eva Roth war da. „Wir sind bereit“, versichert die Sprecherin.":           "Eva Roth",
		"„Wir sind bereit“, sagt er.":                                                         "",
	} {
		units := Extract(text, Options{Lang: "de"})
		if got := units[len(units)-1].Claimant; got != want {
			t.Errorf("%q: claimant %q, want %q", text, got, want)
		}
	}
}
