package extract

// extraAttrib asks extraVerbAt of every token of a German unit in which
// findAttribution found no verb of saying (most units), and extraVerbAt
// tries five tests on every word of minExtraVerbDE bytes or more.
// extraVerbFilterDE passes every word one of them may take, so that most
// words are told apart by one look-up in a bit set.

// extraVerbWordsDE are the words that extraVerbAt's German tests compare
// with: the cases of extraSpeechDE and of fragtQuoteDE and the word of
// accusedPluralDE. TestExtraVerbFilterDE checks them against the source.
var extraVerbWordsDE = []string{
	"meldet", "meldete", "meldeten", "titelt", "titelte", "titelten", "vermutet", "vermutete", "vermuteten",
	"schätzt", "schätzte", "schätzten", "resümiert", "resümierte", "bilanziert", "bilanzierte", "folgert",
	"folgerte", "kontert", "konterte", "unterstrich", "unterstreicht", "erwidert", "erwiderte", "entgegnet",
	"entgegnete", "präzisiert", "präzisierte", "beteuert", "beteuerte", "ankündigte", // extraSpeechDE
	"fragt", "fragte", "fragen", "fragten", // fragtQuoteDE
	"warfen", // accusedPluralDE
}

// extraVerbFilterDE passes every word that extraVerbAt may take in German:
// extraVerbWordsDE, the plurals of speechStemsDE (speechPluralDE) and the
// forms of fusedFormsDE (fusedSpeechAtDE). A word it does not pass is none
// of them.
var extraVerbFilterDE = unionFilter(append(speechPluralFormsDE(), extraVerbWordsDE...), newWordFilter(fusedFormsDE))

// speechPluralFormsDE returns the plural of every stem of speechStemsDE
// (the stem and "n"), a superset of the words speechPluralDE takes.
func speechPluralFormsDE() []string {
	forms := make([]string, 0, len(speechStemsDE))
	for _, st := range speechStemsDE {
		forms = append(forms, st+"n")
	}
	return forms
}
