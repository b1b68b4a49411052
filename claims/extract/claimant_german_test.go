package extract

import "testing"

// TestGenitiveLinkDE checks a German speaker after the verb whose noun is
// tied to a body by "von"/"vom" as by a genitive; after "von" only an
// article may stand before the body's name.
func TestGenitiveLinkDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Man werde spenden, erklärt ein Sprecher von Kranwerk gegenüber der Zeitung.": "Sprecher von Kranwerk",
		"Der Bau ruhe, sagt ein Sprecher vom Bauamt in Lindau.":                       "Sprecher vom Bauamt",
		"Der Bau ruhe, sagt ein Sprecher von der Stadtverwaltung.":                    "Sprecher von der Stadtverwaltung",
		"Der Bau ruhe, sagte der Sprecher des Landratsamts.":                          "Sprecher des Landratsamts",
		"Man rate davon ab, sagte der Beirat von solchen Fragen unberührt.":           "Beirat",
	})
}

// TestAdjectiveDE checks declined adjectives by suffix and ending, and
// surnames and nouns that only look alike.
func TestAdjectiveDE(t *testing.T) {
	for w, want := range map[string]bool{
		"Chemischen": true, "Deutscher": true, "Kassenärztliche": true, "Europäisches": true,
		"Fischer": false, "Menschen": false, "Deutsch": false, "Verband": false, "Tischler": false,
	} {
		if got := adjectiveDE(w); got != want {
			t.Errorf("adjectiveDE(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestOrgHeadDE checks that a noun before a declined adjective heads a
// body's name, also across a genitive article, while a title before a
// person's name still goes.
func TestOrgHeadDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Auch der Fachverband Deutscher Tischler erklärte, man sei überrascht.":     "Fachverband Deutscher Tischler",
		"Der Bund der Europäischen Steuerzahler erklärte, dass man nichts wisse.":   "Bund der Europäischen Steuerzahler",
		"Auch der Fachverbandsvorsitzende Ole Brandt erklärte, man sei überrascht.": "Ole Brandt",
	})
}

// TestNominativeDE checks a body's name written in the nominative when
// the article shows case and gender.
func TestNominativeDE(t *testing.T) {
	for _, c := range [][3]string{
		{"der", "Deutsche Seewetterdienst", "Deutscher Seewetterdienst"},
		{"das", "Statistische Landesamt", "Statistisches Landesamt"},
		{"der", "Süddeutschen Rundschau", "Süddeutsche Rundschau"},
		{"die", "Europäische Kommission", "Europäische Kommission"},
		{"des", "Statistischen Landesamts", "Statistischen Landesamts"},
		{"der", "Peter Fischer", "Peter Fischer"},
	} {
		if got := nominativeDE(c[0], c[1]); got != c[2] {
			t.Errorf("nominativeDE(%q, %q) = %q, want %q", c[0], c[1], got, c[2])
		}
	}
	text := "Es werde stürmisch, teilte der Deutsche Seewetterdienst mit."
	if got := claimantOfLast(text, "de"); got != "Deutscher Seewetterdienst" {
		t.Errorf("%q: claimant %q, want %q", text, got, "Deutscher Seewetterdienst")
	}
}

// TestAcronymAfterNoun checks that a descriptive noun before an acronym
// goes, while adjectives, roman numerals and longer names stay.
func TestAcronymAfterNoun(t *testing.T) {
	for in, want := range map[string]string{
		"Beratungsfirma KPX":    "KPX",
		"Nachrichtenagentur ZB": "ZB",
		"Bayerischer VGH":       "Bayerischer VGH",
		"Junge SVP":             "Junge SVP",
		"Ludwig II":             "Ludwig II",
		"Partei LfX":            "Partei LfX",
		"Agentur ZB Nord":       "Agentur ZB Nord",
	} {
		if got := acronymAfterNoun(in); got != want {
			t.Errorf("acronymAfterNoun(%q) = %q, want %q", in, got, want)
		}
	}
	text := "Der Handel leide, schreibt die Beratungsfirma KPX in einer Studie."
	if got := claimantOfLast(text, "de"); got != "KPX" {
		t.Errorf("%q: claimant %q, want %q", text, got, "KPX")
	}
}

// TestGermanTitleEndings checks German titles in inflected forms and with
// agent endings before a person's name, which goes on without them.
func TestGermanTitleEndings(t *testing.T) {
	for in, want := range map[string]string{
		"Vorsitzenden Lars Mertin": "Lars Mertin",
		"Amtsarztes Lars Mertin":   "Lars Mertin",
		"Epidemiologe Lars Mertin": "Lars Mertin",
		"Kuratorin Semra Olcay":    "Semra Olcay",
		"Abgeordneten Lars Mertin": "Lars Mertin",
		"Hannes Lars Mertin":       "Hannes Lars Mertin",
	} {
		if got := claimantName(in); got != want {
			t.Errorf("claimantName(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestAppositionDE checks a German subject set off by commas before its
// verb of saying: the name opens the sentence and an apposition follows,
// or a description opens it and the name stands between the commas.
func TestAppositionDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Jens Lorbach, der Chefredakteur des Portals, sagt: „Das Verfahren ist gut.“":          "Jens Lorbach",
		"Der Direktor des Hilfswerks, Anton Seewald, sagte: „Das ist ein neuer Horror.“":       "Anton Seewald",
		"Das zuständige Vorstandsmitglied, Ulla Brecht, sagte, es habe einen Angriff gegeben.": "Ulla Brecht",
	})
}

// TestParenBefore checks a short parenthesis between a name and its verb
// of saying.
func TestParenBefore(t *testing.T) {
	text := "Der stellvertretende Bürgermeister Kai Hönninger (SPD) sagte: „Es war ganz entspannt.“"
	if got := claimantOfLast(text, "de"); got != "Kai Hönninger" {
		t.Errorf("%q: claimant %q, want %q", text, got, "Kai Hönninger")
	}
}

// TestPossessiveIhrDE checks "ihr" before a role as a possessive: the role
// resolves to the person the text named with it.
func TestPossessiveIhrDE(t *testing.T) {
	text := "Für die Firma spricht Sprecher Jan Berghoff. Ihr Sprecher sagte, man prüfe den Fall."
	if got := claimantOfLast(text, "de"); got != "Jan Berghoff" {
		t.Errorf("%q: claimant %q, want %q", text, got, "Jan Berghoff")
	}
}

// TestZufolgeParenDE checks "zufolge" after a name and a parenthesis.
func TestZufolgeParenDE(t *testing.T) {
	text := "Gesundheitsminister Jens Lohberg (CDU) zufolge ist auch Deutschland betroffen."
	if got := claimantOfLast(text, "de"); got != "Jens Lohberg" {
		t.Errorf("%q: claimant %q, want %q", text, got, "Jens Lohberg")
	}
}

// TestFrontedDE checks a German subject after the verb of saying behind a
// fronted adverbial: taken when it is a person the text named in full, not
// an object noun.
func TestFrontedDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Ratspräsident Jan-Olaf Kränzer reiste an. Am späten Abend erklärte der amtierende Ratspräsident Jan-Olaf Kränzer (Luxemburg) das Scheitern.": "Jan-Olaf Kränzer",
	})
	if !frontedDE([]token{{low: "am"}, {low: "abend"}, {low: "erklärte"}}, 2) || frontedDE([]token{{low: "sie"}, {low: "erklärte"}}, 1) {
		t.Error("frontedDE: a preposition opens a fronted adverbial, a pronoun a subject")
	}
}

// TestInitialSurname checks a surname written as an initial: the full stop
// belongs to the name, and the initial alone later is the same person.
func TestInitialSurname(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Das sei nicht einfach, sagt Lena K. über die Nächte.":                                  "Lena K.",
		"Das sei nicht einfach, sagt Lena K. über die Nächte. Man friere viel, sagt K. weiter.": "Lena K.",
	})
}

// TestDescribedDE checks that a German noun alone as a claimant takes the
// fuller description the text gave it before.
func TestDescribedDE(t *testing.T) {
	text := "Die Halle bleibe zu, sagte eine Sprecherin des Bezirks. Man prüfe alles, sagte die Sprecherin."
	if got := claimantOfLast(text, "de"); got != "Sprecherin des Bezirks" {
		t.Errorf("%q: claimant %q, want %q", text, got, "Sprecherin des Bezirks")
	}
	text = "Man prüfe alles, sagte die Sprecherin."
	if got := claimantOfLast(text, "de"); got != "Sprecherin" {
		t.Errorf("%q: claimant %q, want %q", text, got, "Sprecherin")
	}
}

// TestSubjectAfterDemonstrativeDE checks a German subject after the verb
// when a demonstrative object opens the sentence, and lower-case
// adjectives between the article and a title before a name.
func TestSubjectAfterDemonstrativeDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Dies teilte der Geschäftsführer der Fraktion, Jens Narbe, mit.":           "Jens Narbe",
		"Das sagte die Leiterin des Bauamts am Mittwoch.":                          "Leiterin des Bauamts",
		"Dies bestätigte der neuseeländische Premierminister Tom Kerwin am Abend.": "Tom Kerwin",
	})
	if adjectivesDE([]token{{low: "neue", flags: 0}, {flags: tCap}, {flags: tCap}, {flags: tCap}}, 0) != 1 {
		t.Error("adjectivesDE: an inflected adjective before a title and a name is skipped")
	}
	if adjectivesDE([]token{{low: "neue", flags: 0}, {flags: tCap}, {low: "und"}}, 0) != 0 {
		t.Error("adjectivesDE: without a name after the title nothing is skipped")
	}
}

// TestHeisstEsDE checks the source of "heißt es von/bei …" and that a
// document after "in" names no one.
func TestHeisstEsDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Lage sei ruhig, hieß es bei Radio Nordwelle.":     "Radio Nordwelle",
		"Die Lage sei ruhig, heißt es in dem Bericht.":         "",
		"Die Lage sei ruhig, hieß es vom Sprecher Mark Tolen.": "Mark Tolen",
	})
}

// TestQuotedTitleDE checks a newspaper's or group's name in quotation
// marks, after a noun that says what it is, and that a quoted sentence is
// no name.
func TestQuotedTitleDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Preis steige, schrieb „Die Woche“ in einem Bericht.":                           "Die Woche",
		"Der Preis steige, meldet die Nachrichtenagentur „Nordpress“ am Abend.":             "Nordpress",
		"Wie die britische Tageszeitung „The Harbour“ berichtete, sei der Preis gestiegen.": "The Harbour",
		"Der Preis steige, sagte „Wir sind bereit“ und ging.":                               "",
	})
}

// TestZufolgePassiveDE checks that "zufolge" before a passive verb still
// names its source, and a long "Wie"-clause its speaker.
func TestZufolgePassiveDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Sprecher Stefan Sturzel zufolge wurde der Brief an alle Ämter verschickt.":                                              "Stefan Sturzel",
		"Wie der niedersächsische Finanzminister Hanno Möllner am Dienstag in Hannover erklärte, sieht das Land kein Hindernis.": "Hanno Möllner",
	})
}

// TestNameAfterGenitiveDE checks a role with a genitive and then the name.
func TestNameAfterGenitiveDE(t *testing.T) {
	text := "Über den Flugbetrieb entscheidet man laut dem Direktor der peruanischen Luftfahrtbehörde Ramon Ortega in der nächsten Woche."
	if got := claimantOfLast(text, "de"); got != "Ramon Ortega" {
		t.Errorf("%q: claimant %q, want %q", text, got, "Ramon Ortega")
	}
}

// TestDefiniteRoleDE checks a person noun after a definite article
// resolved to the last speaker of its gender, and an indefinite one not.
func TestDefiniteRoleDE(t *testing.T) {
	first := "„Wir impfen jeden Tag“, sagt Bernd Kühlau. "
	checkLast(t, "de", map[string]string{
		first + "„Es gibt genug Dosen“, sagt der Mediziner.":                                          "Bernd Kühlau",
		first + "„Es gibt genug Dosen“, sagt ein Mediziner.":                                          "Mediziner",
		"„Wir impfen jeden Tag“, sagt Minister Bernd Kühlau. „Es gibt genug Dosen“, sagt die Ärztin.": "Ärztin",
	})
}

// TestWeakMasculineDE checks a masculine noun of the weak declension
// after "der" and a verb of saying ("sagt der Experte") as the recent male
// speaker, while "die" before such a noun gives no gender.
func TestWeakMasculineDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"„Es wird knapp“, sagt Jan Brenner. „Wir warten ab“, sagt der Däne.":    "Jan Brenner",
		"„Es wird knapp“, sagt Jan Brenner. „Wir warten ab“, sagt die Behörde.": "Behörde",
	})
}
