package extract

import "testing"

// claimantOfLast returns the claimant of the last unit of text.
func claimantOfLast(text, lang string) string {
	units := Extract(text, Options{Lang: lang})
	if len(units) == 0 {
		return "<no unit>"
	}
	return units[len(units)-1].Claimant
}

// checkLast checks the claimant of the last unit of each text in lang.
func checkLast(t *testing.T, lang string, want map[string]string) {
	t.Helper()
	for text, w := range want {
		if got := claimantOfLast(text, lang); got != w {
			t.Errorf("%q: claimant %q, want %q", text, got, w)
		}
	}
}

// TestDescribedAfterEN checks an English speaker named after the verb with
// lower-case words before the name, and a place or occasion after it.
func TestDescribedAfterEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"“The deadline will slip,” said transport analyst Ruth Okafor.":            "Ruth Okafor",
		"“We expected more,” said Republican pollster Dan Whitley.":                "Dan Whitley",
		"“It is a good day,” said Ruth Okafor at a rally in the city.":             "Ruth Okafor",
		"“Prices will fall,” says economist Dan Whitley of the bank.":              "Dan Whitley",
		"“It is early,” said the plan would be reviewed by Dan Whitley next year.": "",
	})
}

// TestOfficeOf checks an office written with "of" before a name: the
// office's words are no part of the name.
func TestOfficeOf(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"“We will leave the pact,” Secretary of State Lena Marsh said in a statement.": "Lena Marsh",
		"Minister for Health Tom Alder said the wards were full.":                      "Tom Alder",
	})
}

// TestAdverbSubjectDE checks a German subject after its verb of saying with
// sentence adverbs between them, and a clause with "Wie" that opens the
// sentence.
func TestAdverbSubjectDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"So berichtet beispielsweise Franz Huber von einem Umsatzverlust.":                          "Franz Huber",
		"„Es gab wütende Anrufe“, erzählt wiederum Daniel Roth.":                                    "Daniel Roth",
		"Zuerst brauche man Masken, betont zum Beispiel Ministerpräsident Jan Körber.":              "Jan Körber",
		"Wie der Finanzminister Hartmut Selle am Dienstag erklärte, sieht das Land kein Hindernis.": "Hartmut Selle",
		"So berichtet beispielsweise die Zeitung von einem Umsatzverlust.":                          "",
	})
}

// TestSpeakerAfterQuoteEN checks the speaker's clause after an opening
// quotation (an apposition between name and verb), adverbs between
// subject and verb, and that a passive verb of saying names nobody.
func TestSpeakerAfterQuoteEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"“It goes against what we stand for,” Ruth Okafor, a lawyer in the city, said.":      "Ruth Okafor",
		"“It can be frustrating,” Dan Whitley, 52, told reporters.":                          "Dan Whitley",
		"Dan Whitley spoke first. “People were offended,” he later said.":                    "Dan Whitley",
		"Ruth Okafor was asked about the plan on Monday.":                                    "",
		"The new policy has been widely criticized as too costly by the opposition leaders.": "",
	})
}

// TestColonSpeaker checks the turns of an interview ("Name: …") and that a
// place, a caption or a name never introduced before names nobody.
func TestColonSpeaker(t *testing.T) {
	intro := "Die Ärztin Maria Kessler leitet seit Jahren die Klinik. "
	checkLast(t, "de", map[string]string{
		intro + "\n\nMaria Kessler: Wir haben die Betten verdoppelt.":      "Maria Kessler",
		intro + "\n\nKessler: Wir haben die Betten verdoppelt.":            "Maria Kessler",
		intro + "\n\nBad Tölz: Die Teststation öffnet am Montag.":          "",
		intro + "\n\nFOTO: Die Teststation öffnet am Montag in der Stadt.": "",
	})
}

// TestNounPairNotPersonDE checks that two German nouns after an article
// are not taken for a first name and surname, so that a pronoun resolves
// to the person named before.
func TestNounPairNotPersonDE(t *testing.T) {
	text := "Jana Roth kocht nur noch nachts. Am Tag Strom zu bekommen, sei schwierig. " +
		"Sie sieht durch das Fenster Menschen, die im Müll suchen. „Es ist bitter“, sagt sie."
	if got := claimantOfLast(text, "de"); got != "Jana Roth" {
		t.Errorf("claimant %q, want %q", got, "Jana Roth")
	}
}

// TestFirstPersonCarry checks that a quoted first person carries the last
// speaker and an author's own "I" outside quotation marks does not.
func TestFirstPersonCarry(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Ruth Okafor said the council had voted late. The vote was “a mistake I will not forget.”": "Ruth Okafor",
		"Ruth Okafor said the council had voted late. I have covered that council for ten years.":  "",
	})
}

// TestExtraVerbsDE checks German verbs of reporting beyond the lexicon's
// and the source of "nach Angaben".
func TestExtraVerbsDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Rund 200 Menschen zogen zum Rathaus, meldet Radio Nordwest.":               "Radio Nordwest",
		"Die Zahl der Fälle stieg nach Angaben des Gesundheitsamtes auf 40.":        "Gesundheitsamt",
		"Die Zahl der Fälle stieg nach Angaben von Jana Roth auf 40.":               "Jana Roth",
		"Das Amt meldete sich erst am Abend.":                                       "",
		"Wie viele Kunden kommen, schätzt der Inhaber Jonas Brandt auf 300 am Tag.": "Jonas Brandt",
	})
}

// TestTitleAfterArticleDE checks that a German word the text writes after
// an article is taken for a title before a name, not a first name.
func TestTitleAfterArticleDE(t *testing.T) {
	text := "Der Landrat will mehr Impfzentren. „Wir starten im Januar“, sagt Landrat Eva Roth."
	if got := claimantOfLast(text, "de"); got != "Eva Roth" {
		t.Errorf("claimant %q, want %q", got, "Eva Roth")
	}
}

// TestMiddleInitialName checks that a name with a middle initial after a
// long title is registered whole, so its surname resolves to it.
func TestMiddleInitialName(t *testing.T) {
	text := "Senate Majority Leader Harold T. Brenner opened the session. Brenner said the vote would come soon."
	if got := claimantOfLast(text, "en"); got != "Harold T. Brenner" {
		t.Errorf("claimant %q, want %q", got, "Harold T. Brenner")
	}
}

// TestNameBetweenCommasEN checks a name standing alone between two commas
// before an apposition and its verb, and an adverb before the verb.
func TestNameBetweenCommasEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"One of his former aides, Ron Keller, now a state official, said the era had ended.": "Ron Keller",
		"Asked about fraud, Mia Brooks, the campaign's spokeswoman, suggested it was rare.":  "Mia Brooks",
		"Arizona Sen. Tom Alder meanwhile tweeted that he could not explain it.":             "Tom Alder",
		"After the storm, Gov. Lina Marsh today said 4,000 homes were still without power.":  "Lina Marsh",
		"At the rally, Pia Stone tonight told supporters that taxes would not rise.":         "Pia Stone",
	})
}

// TestPersonOfPlaceEN checks a person followed by "of" and a place before
// the verb, and that a body named with "of" stays whole.
func TestPersonOfPlaceEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"“It is good,” Sen. Ron Weller (D) of Oregon told the paper.":           "Ron Weller",
		"Sen. Tim Ashford of South Carolina said the bill would pass.":          "Tim Ashford",
		"The University of Northbridge said the study would be published soon.": "University of Northbridge",
	})
}

// TestCreditAndCaptionEN checks that a reporter's credit line and a
// gallery caption name no claimant, and a poll figure keeps its source.
func TestCreditAndCaptionEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Dana Whitfield said the vote was close. Whitfield reported from Boise.":                      "",
		"Dana Whitfield said the vote was close. Hide Caption 3 of 12 Photos: Whitfield said it.":     "",
		"The Marston Institute said 6 of 10 voters backed the plan, the institute said in a release.": "Marston Institute",
	})
}
