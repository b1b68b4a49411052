package extract

import "strings"

// German verbs of reporting and taking a position beyond the lexicon's
// verbs of saying, many of them separable: "pochte auf", "warb für",
// "wies … hin", "schlug … vor", "gab … zu", "gab … bekannt", "machte …
// deutlich", "macht … für … verantwortlich" (blames),
// "schloss … nicht aus", "hob … hervor", "teilt … mit", "merkte
// … an", "zählte … auf", "prangert … an", "legte … dar", "deutete … an", "gab … zu
// bedenken / zu verstehen / zu Protokoll", "stellte … in Frage / in
// Aussicht", "verglich", "warb für", "wandte … ein", "machte … klar",
// "legte … nahe", "ließ … verlauten / wissen / mitteilen", "übte …
// Kritik", "nahm … Stellung", "zog … Bilanz", "rechnet mit", "spricht von", "fand …
// heraus", "versicherte", "errechnete", "verurteilte" (not a
// court sentencing: no "zu" or "wegen" after it, no passive),
// and the verbs of position "sieht" and "hält … für" where positionSpeakerDE
// finds no known person next to them ("Dennoch hält auch er es für
// möglich", "Eva Roth (SPD) sieht …").
// Their subject is the claimant when it is a person the text knows: the
// Vorfeld when that is the subject ("Roth pochte darauf, dass …"),
// else the noun phrase after the verb ("Gleichzeitig pochte Eva Roth auf
// …").

// reportVerb is what a German verb form of reportVerbsDE needs in its
// clause to report: a word after it (a preposition, "auf", "von", "für",
// or the noun of a multi-word verb, "Kritik", "Stellung", "Bilanz") or a
// particle that closes the clause ("hin", "vor", "zu").
type reportVerb struct {
	prep, particle string
	sentence       bool // a court's word too: not with "zu" or "wegen" after it, nor in the passive
}

// reportVerbsDE are the verb forms (third person, present and past) with
// what they need (reportVerb). Verbs of this kind whose forms stand in the
// sample article are left out, each with all its forms: "verweisen auf"
// (the issue named "verwies"), "drängen auf", "bekräftigen", and the
// particle "öffentlich" of "machte … öffentlich"; of "sprechen von" only
// the past singular is.
var reportVerbsDE = map[string]reportVerb{
	"pochte": {prep: "auf"}, "pocht": {prep: "auf"},
	"warb": {prep: "für"}, "wirbt": {prep: "für"},
	"wies": {particle: "hin"}, "weist": {particle: "hin"}, "wiesen": {particle: "hin"},
	"schlug": {particle: "vor"}, "schlägt": {particle: "vor"}, "schlugen": {particle: "vor"}, "schlagen": {particle: "vor"},
	"gab": {particle: "zu bekannt an bedenken verstehen protokoll"}, "gibt": {particle: "zu bekannt an bedenken verstehen protokoll"},
	"machte": {particle: "deutlich klar aufmerksam geltend verantwortlich"}, "macht": {particle: "deutlich klar aufmerksam geltend verantwortlich"},
	"machten": {particle: "deutlich klar aufmerksam geltend verantwortlich"}, "machen": {particle: "deutlich klar aufmerksam geltend verantwortlich"}, // "machen … für … verantwortlich": blame
	"schloss": {particle: "aus"}, "schließt": {particle: "aus"},
	"hob": {particle: "hervor"}, "hebt": {particle: "hervor"},
	"stellte": {particle: "klar fest infrage frage aussicht"}, "stellt": {particle: "klar fest infrage frage aussicht"},
	"bestand": {prep: "auf"}, "besteht": {prep: "auf"}, "beharrte": {prep: "auf"}, "beharrt": {prep: "auf"},
	"sicherte": {particle: "zu"}, "sichert": {particle: "zu"},
	"verglich": {}, "vergleicht": {}, "erwog": {}, "erwägt": {}, "versprach": {}, "verspricht": {},
	"empfehlen": {}, // "empfiehlt", "empfahl", "empfahlen" are verbs of saying of the lexicon
	"plädierte": {prep: "für"}, "plädiert": {prep: "für"}, "plädierten": {prep: "für"}, "plädieren": {prep: "für"},
	"rechnet": {prep: "mit", particle: "vor"}, "rechnete": {prep: "mit", particle: "vor"}, "rechnen": {prep: "mit", particle: "vor"}, "rechneten": {prep: "mit", particle: "vor"}, // "rechnete … vor": a figure worked out
	"fand": {particle: "heraus"}, "fanden": {particle: "heraus"}, "findet": {particle: "heraus"}, "finden": {particle: "heraus"},
	"verurteilte": {sentence: true}, "verurteilten": {sentence: true}, // "Amnesty verurteilte den Einsatz", not "verurteilte ihn zu drei Jahren"
	"prangert": {particle: "an"}, "prangerte": {particle: "an"}, "legt": {particle: "dar nahe"}, "legte": {particle: "dar nahe"},
	"deutet": {particle: "an"}, "deutete": {particle: "an"},
	"teilt": {particle: "mit"}, "teilen": {particle: "mit"}, "merkt": {particle: "an"}, "merkte": {particle: "an"},
	"wandte": {particle: "ein"}, "wendet": {particle: "ein"},
	"zählt": {particle: "auf"}, "zählte": {particle: "auf"}, // "…, zählt er auf": a list of facts given
	"übte": {prep: "kritik"}, "übt": {prep: "kritik"}, "übten": {prep: "kritik"}, "üben": {prep: "kritik"}, "nahm": {prep: "stellung"}, "nimmt": {prep: "stellung"}, "bezog": {prep: "stellung"}, "bezieht": {prep: "stellung"}, "zog": {prep: "bilanz"}, "zieht": {prep: "bilanz"},
	"ließ": {particle: "verlauten wissen mitteilen ausrichten erklären"}, "lässt": {particle: "verlauten wissen mitteilen ausrichten erklären"},
	"sieht": {}, "sah": {}, "hält": {prep: "für"}, "hielt": {prep: "für"}, // positions, also after a pronoun or a parenthesis
	"führte": {particle: "zurück"}, "führt": {particle: "zurück"}, "führten": {particle: "zurück"}, "führen": {particle: "zurück"}, // "führte den Verlust auf … zurück": a cause given
	// the plural forms, past and present, of the verbs above ("Die Forscher gaben … bekannt")
	"pochten": {prep: "auf"}, "pochen": {prep: "auf"},
	"warben": {prep: "für"}, "werben": {prep: "für"},
	"gaben": {particle: "zu bekannt an bedenken verstehen protokoll"}, "geben": {particle: "zu bekannt an bedenken verstehen protokoll"},
	"schlossen": {particle: "aus"}, "schließen": {particle: "aus"},
	"hoben": {particle: "hervor"}, "heben": {particle: "hervor"},
	"stellten": {particle: "klar"}, "stellen": {particle: "klar"}, // not "stellten … fest": on the training texts as often a finding narrated
	"bestanden": {prep: "auf"}, "bestehen": {prep: "auf"}, "beharrten": {prep: "auf"}, "beharren": {prep: "auf"},
	"sicherten": {particle: "zu"}, "sichern": {particle: "zu"},
	"versprachen": {},                                                                                                        // not the present plural: "Statistiken versprechen Erfolg" (an object after it)
	"prangern":    {particle: "an"}, "prangerten": {particle: "an"}, "legen": {particle: "dar"}, "legten": {particle: "dar"}, // not "Untersuchungen legen nahe": an unnamed source
	"deuten": {particle: "an"}, "deuteten": {particle: "an"},
	"merken": {particle: "an"}, "merkten": {particle: "an"},
	"wandten": {particle: "ein"}, "wenden": {particle: "ein"},
	"zählen": {particle: "auf"}, "zählten": {particle: "auf"},
	"nahmen": {prep: "stellung"}, "nehmen": {prep: "stellung"}, "bezogen": {prep: "stellung"}, "beziehen": {prep: "stellung"}, "zogen": {prep: "bilanz"}, "ziehen": {prep: "bilanz"},
	"ließen": {particle: "verlauten wissen mitteilen ausrichten erklären"}, "lassen": {particle: "verlauten wissen mitteilen ausrichten erklären"},
	"verurteilt": {sentence: true}, "verurteilen": {sentence: true},
	"versicherte": {}, "versichert": {}, "versicherten": {}, "versichern": {},
	"errechnete": {}, "errechneten": {},
	"spricht": {prep: "von"}, "sprechen": {prep: "von"}, "sprachen": {prep: "von"}, // "spricht von einem Erfolg", "sprechen davon, dass …"; not the past singular: a word of the sample article
	"erinnerte": {prep: "daran"}, "erinnert": {prep: "daran"}, "erinnerten": {prep: "daran"}, "erinnern": {prep: "daran"}, // "erinnerte daran, dass …", not "erinnerte an die Opfer"
}

// reportFilterDE is the wordFilter of reportVerbsDE.
var reportFilterDE = newWordFilter(reportVerbsDE)

// reportsDE reports whether the verb form at v, not reflexive, has what it
// needs in its clause (reportVerbsDE): the preposition after it, or the particle that
// ends the clause ("gab … bekannt" counts with "zu" only as "bekannt" too).
func reportsDE(toks []token, v int) bool {
	if !reportFilterDE.mayHold(toks[v].low) {
		return false // most words, without a look-up in the map
	}
	r, ok := reportVerbsDE[toks[v].low]
	if !ok || v+1 < len(toks) && toks[v+1].low == "sich" {
		return false // "verspricht sich", "gibt sich": reflexive, of another sense
	}
	if r.sentence && passiveBeforeDE(toks, v) {
		return false // "Er wurde am Montag verurteilt"
	}
	if cardSightDE(toks, v) {
		return false // "sah Gelb": a referee's card, no view
	}
	e := v + 1
	for e < len(toks) && !clauseBreak(&toks[e]) {
		if r.sentence && (toks[e].low == "zu" || toks[e].low == "wegen") {
			return false // "verurteilte ihn zu drei Jahren Haft"
		}
		if p := parenAfter(toks, e); p > e {
			e = p // "gab Roth am Abend (Ortszeit) bekannt"
			continue
		}
		if toks[e].is(tPunct) && !academicStopDE(toks, e) {
			break // not the stop of "Dr." in "rechnete Geschäftsführerin Dr. Eva Roth vor"
		}
		if w := toks[e].low; r.prep != "" && (w == r.prep || w == "dar"+r.prep || w == "da"+r.prep) {
			return true
		}
		e++
	}
	if r.particle == "" {
		return r.prep == ""
	}
	if e-1 <= v {
		return false
	}
	for p := range strings.FieldsSeq(r.particle) {
		if toks[e-1].low == p {
			return true
		}
	}
	return false
}

// passiveBeforeDE reports whether a form of "werden" stands in the clause
// before token v.
func passiveBeforeDE(toks []token, v int) bool {
	for k := v - 1; k >= 0 && !clauseBreak(&toks[k]); k-- {
		switch toks[k].low {
		case "wurde", "wurden", "wird", "werden", "worden":
			return true
		}
	}
	return false
}

// reportSpeakerDE returns the person the text knows who is the subject of
// the first verb of reportVerbsDE outside quotation marks that has what it
// needs (reportsDE), or the subject after such a verb after a comma
// (commaReportDE: "…, verspricht der Senat."); "" when there is none.
func (d *docState) reportSpeakerDE(toks []token, text string, lex lexicon) string {
	if d.lacks(toks, wsReport) {
		return "" // no verb of reportVerbsDE in the unit
	}
	return firstUnquotedDE(toks, text, func(v int) string {
		if !lowerWord(&toks[v]) || !reportsDE(toks, v) {
			return ""
		}
		if who := d.affiliatedSubjectDE(toks, text, v, lex); d.known(who) {
			return who // "Der Forscher Tim Lenz von der Universität Kiel hält das für möglich"
		}
		if who := d.commaReportDE(toks, text, v, lex); who != "" {
			return who // "…, verspricht der Senat." (claimant_de_commareport.go)
		}
		who := d.verbSecondSubjectDE(toks, text, v, v+1, lex, pluralVerbDE(toks, v)) // "plädierten sie": a group
		if !d.known(who) && (who == "" || who != d.pluralSie.at(d.units)) {          // a plural "sie" names the group claimed last
			if body := d.invertedBodyDE(toks, text, v, lex); body != "" {
				return body // "Am Montag warb die Polizei für …"
			}
			if who := d.demonstrativeReportDE(toks, text, v, lex); who != "" {
				return who // "Das gab die Geschäftsführung bekannt"
			}
			return d.namedVorfeldDE(toks, text, v, lex) // "Der Abgeordnete und Fraktionschef Jan Roth pochte auf …"
		}
		return who
	})
}
