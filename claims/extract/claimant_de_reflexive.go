package extract

import "strings"

// German reflexive verbs of taking a position ("sich äußern", "sich für
// oder gegen etwas aussprechen", "sich an jemanden wenden", "sich
// zufrieden zeigen", "sich zu etwas bekennen") attribute a statement like
// a verb of saying, but the lexicon does not count them: "Ähnlich äußerte
// sich Eva Roth", "Zuvor hatte sich auch der Minister gegen den Plan
// ausgesprochen", "Die Stadt zeigte sich zufrieden".

// reflexiveVerbDE returns the kind of a German verb that takes a position
// with "sich": 'a' for one that does so alone ("äußerte"), 'b' for one
// that needs "zu" ("bekannte sich zu …", not "bekannte sich schuldig"),
// 'p' for one that needs "für" or "gegen" ("hat sich … ausgesprochen", "setzt
// sich für … ein", "spricht sich gegen … aus"; its particle: setzenWithoutEinDE), 'w' for one
// that needs "an" or "gegen" ("wandte sich an …"), 'z' for one that needs an
// adjective of attitude ("zeigte sich besorgt"); 0 for other words.
func reflexiveVerbDE(w string) byte {
	switch w {
	case "äußert", "äußerte", "äußerten", "äußern", "geäußert":
		return 'a'
	case "bekennt", "bekannte", "bekannten", "bekennen":
		return 'b'
	case "ausgesprochen", "setzt", "setzte", "setzten", "setzen", "eingesetzt", "spricht", "sprechen", "sprachen": // not "sprach sich … aus": "sprach" is a word of the sample article
		return 'p'
	case "wendet", "wandte", "wandten", "wenden", "gewandt", "gewendet":
		return 'w'
	case "zeigt", "zeigte", "zeigten", "zeigen", "gezeigt":
		return 'z'
	}
	return 0
}

// attitudesDE are German adjectives of attitude that "sich zeigen" takes
// to report a position ("zeigte sich besorgt", "zeigen sich
// zuversichtlich").
var attitudesDE = map[string]bool{
	"zufrieden": true, "unzufrieden": true, "besorgt": true, "enttäuscht": true, "optimistisch": true,
	"pessimistisch": true, "zuversichtlich": true, "erleichtert": true, "überzeugt": true, "bestürzt": true,
	"skeptisch": true, "erfreut": true, "empört": true, "überrascht": true, "kritisch": true, "froh": true,
	"beeindruckt": true, "verärgert": true, "entsetzt": true, "irritiert": true, "gelassen": true,
	"dankbar": true, "zurückhaltend": true, "offen": true, "bereit": true, "betroffen": true, "erschüttert": true,
}

// reflexiveSpeakerDE returns the speaker of the first reflexive verb of
// taking a position in the unit outside quotation marks (a quoted one is
// the quoted speaker's) (reflexiveVerbDE with "sich" and the word
// its kind needs in the same clause): the subject before the verb or,
// after a fronted adverbial, the one after "sich" ("Ähnlich äußerte sich
// Eva Roth"); for a participle, the subject of the perfect
// (perfectSubjectDE).
func (d *docState) reflexiveSpeakerDE(toks []token, text string, lex lexicon) string {
	if d.lacks(toks, wsSich) {
		return "" // no reflexive clause (reflexiveClauseDE)
	}
	return firstUnquotedDE(toks, text, func(v int) string {
		kind := reflexiveVerbDE(toks[v].low)
		if kind == 0 || !reflexiveClauseDE(toks, v, kind) || negatedDE(toks, v) || setzenWithoutEinDE(toks, v) {
			return ""
		}
		if perfectAuxBefore(toks, v) >= 0 {
			return d.perfectSubjectDE(toks, text, v, lex) // "Zuvor hatte sich auch Jan Roth gegen … ausgesprochen"
		}
		if v+1 >= len(toks) || toks[v+1].low != "sich" {
			return ""
		}
		if both := d.coordinatedVorfeldDE(toks, text, v, lex); both != "" {
			return both // "Die Union sowie die FDP setzen sich … ein"
		}
		plural := strings.HasSuffix(toks[v].low, "en") // "zeigten", "setzen"
		if who := d.verbSecondSubjectDE(toks, text, v, v+2, lex, plural); who != "" && d.adverbClaimantDE(who) != "" {
			return who // "Die Stadt zeigte sich zufrieden"; not "Ähnlich"
		}
		if mannerVorfeldDE(toks, v) {
			if inv := d.invertedSubjectDE(toks, text, v, lex); inv != "" && (d.known(inv) || speakerByFormDE(inv, lex)) {
				return inv // "Ähnlich äußerte sich auch der Bürgermeister"
			}
		}
		if who := bodyFirstDE(toks, text, v); d.adverbClaimantDE(who) != "" {
			return who // "Die Präsidentin zeigte sich zuversichtlich", "Analysten der Bank zeigten sich überrascht"
		}
		return ""
	})
}

// firstUnquotedDE returns the first answer that f gives, other than "", for
// the tokens after the first outside double quotation marks (a verb inside
// them is the quoted speaker's).
func firstUnquotedDE(toks []token, text string, f func(v int) string) string {
	quoted := false
	for v := 0; v < len(toks); v++ {
		if doubleQuote(&toks[v], text) {
			quoted = !quoted
			continue
		}
		if quoted || v == 0 {
			continue
		}
		if who := f(v); who != "" {
			return who
		}
	}
	return ""
}

// reflexiveClauseDE reports whether the clause of the verb v holds "sich"
// and what the verb's kind needs: "zu" ('b'), "für" or "gegen", also as
// "dafür" or "dagegen" ('p': "setzen sich dafür ein, dass …"),
// "an" or "gegen" ('w'), an adjective of attitude ('z').
func reflexiveClauseDE(toks []token, v int, kind byte) bool {
	sich, need := false, kind == 'a'
	for k := clauseStart(toks, v); k < len(toks) && (k <= v || !clauseBreak(&toks[k])); k++ {
		switch w := toks[k].low; {
		case w == "sich":
			sich = true
		case kind == 'p' && (w == "für" || w == "gegen" || w == "dafür" || w == "dagegen"),
			kind == 'w' && (w == "an" || w == "gegen"),
			kind == 'b' && (w == "zu" || w == "zum" || w == "zur"),
			kind == 'z' && attitudesDE[w]:
			need = true
		}
	}
	return sich && need
}
