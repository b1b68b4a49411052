package extract

import "strings"

// A speakerRule names the speaker of a unit by one of its forms when its
// speech verbs named none ("Ann Lee: …", "…, so der Landrat."), or "".
type speakerRule func(d *docState, u *claimUnit) string

// A refineRule corrects or completes the speaker found so far ("" for
// none) by the unit's words, or notes it for later units; it returns the
// speaker.
type refineRule func(d *docState, u *claimUnit, who string) string

// refineStep is a refine rule of a list, and whether it is asked only
// when a speaker was found: a rule that only corrects or cuts a speaker
// (ifWho) returns "" for "" and notes nothing then, so claimant does not
// call it for a unit without one; a rule that may name a speaker or note
// something for later units is asked always. TestRefineIfWho checks both.
type refineStep struct {
	ifWho bool
	rule  refineRule
}

// ifWho is a refine rule that only corrects a speaker found: it returns
// "" for "" and then notes nothing.
func ifWho(r refineRule) refineStep { return refineStep{true, r} }

// always is a refine rule asked also when no speaker was found.
func always(r refineRule) refineStep { return refineStep{false, r} }

// unitRulesDE are the German unit rules, tried in order.
var unitRulesDE = []speakerRule{
	func(d *docState, u *claimUnit) string { return d.quotedTitleDE(u) },              // "Die „Donaupost“ meint, …"
	func(d *docState, u *claimUnit) string { return sourceBoxDE(u.toks, u.text) },     // "Quelle: Bundesnetzagentur"
	func(d *docState, u *claimUnit) string { return d.soName(u.toks, u.text, u.lex) }, // "…, so Roth."
	func(d *docState, u *claimUnit) string {
		return d.sourceFormsDE(u.toks, u.text, u.lex) // "…, so der Landrat.", "Ähnlich äußerte sich Eva Roth", "nach Angaben des …"
	},
	func(d *docState, u *claimUnit) string { return d.positionSpeakerDE(u.toks, u.text, u.lex) },
	func(d *docState, u *claimUnit) string { return d.rolePositionDE(u.toks, u.text, u.lex) }, // "Der Senator hält das für falsch"
	func(d *docState, u *claimUnit) string {
		return d.colonQuoteSpeakerDE(u.toks, u.text) // "Sie gibt zu bedenken: „…“"
	},
	func(d *docState, u *claimUnit) string { return d.colonSubjectDE(u.toks, u.text, u.lex) }, // "Doch der Verband ist optimistisch: „…“"
	func(d *docState, u *claimUnit) string {
		if len(u.verbs) == 0 || notSayingDE(u.toks, u.verbs[0]) || u.toks[u.verbs[0]].cat&cAccording != 0 {
			return "" // not "Die beiden Urlauberinnen waren Medienberichten zufolge …": "zufolge" has no subject
		}
		if closingPassiveDE(u.toks, u.verbs[0]) || nounVerbDE(u.toks, u.verbs[0]) || saidNothingDE(u.toks, u.verbs[0]) || frontedObjectDE(u.toks, u.verbs[0]) {
			return "" // "Landesweit sind 17 000 Fälle bestätigt", "Erste Klagen gibt es", "Der Sprecher sagte dazu nichts", "Die Überlegungen erklärt der Manager"
		}
		return bodyFirstDE(u.toks, u.text, u.verbs[0])
	},
	func(d *docState, u *claimUnit) string { return d.reportBodyDE(u.toks, u.text) },             // "Die Polizei warb für …"
	func(d *docState, u *claimUnit) string { return d.positionBodyDE(u.toks, u.text, u.lex) },    // "Die Jury würdigte …", "…, befand der Senat"
	func(d *docState, u *claimUnit) string { return d.wantsThatDE(u.toks, u.text, u.lex) },       // "Der Verband will, dass …"
	func(d *docState, u *claimUnit) string { return d.wantsPersonDE(u.toks, u.text, u.lex) },     // "Eva Roth will die Gebühr abschaffen"
	func(d *docState, u *claimUnit) string { return d.wantsBodyDE(u.toks, u.text) },              // "Die Regierung will die Steuer senken" (claimant_de_wants.go)
	func(d *docState, u *claimUnit) string { return d.attitudeSpeakerDE(u.toks, u.text, u.lex) }, // "Roth ist überzeugt, dass …"
	func(d *docState, u *claimUnit) string { return d.assumeSpeakerDE(u.toks, u.text, u.lex) },   // "Die Polizei geht von Brandstiftung aus"
	func(d *docState, u *claimUnit) string { return d.nachAngabenDE(u.toks, u.text, u.lex) },     // "nach Angaben des Landratsamtes"
	func(d *docState, u *claimUnit) string { return d.findingSourceDE(u.toks, u.text, u.lex) },   // "Das ergab eine Umfrage des Instituts X"
	func(d *docState, u *claimUnit) string { return d.stanceSourceDE(u.toks, u.text, u.lex) },    // "Kritik kam vom Verband X"
	func(d *docState, u *claimUnit) string { return d.stanceOfPersonDE(u.toks, u.text, u.lex) },  // "… geht die Kritik von Eva Roth" (claimant_de_stanceof.go)
	func(d *docState, u *claimUnit) string { return d.heisstEsDE(u.toks, u.text, u.lex) },        // "…, heißt es vom Statistischen Bundesamt"
	func(d *docState, u *claimUnit) string { return d.relativeSpeaker(u) },                       // "…, Jan Roth, der sagte, …"
	func(d *docState, u *claimUnit) string { return d.verlautetSourceDE(u.toks, u.text, u.lex) }, // "Aus dem Kanzleramt verlautete, …"
	func(d *docState, u *claimUnit) string { return headlineColonDE(u.toks, u.text, u.lex) },     // "Kanzlerin Roth: „Wir schaffen das“"
	func(d *docState, u *claimUnit) string { return d.quoteVerbPersonDE(u.toks, u.text) },        // "„…“, moserte Roth."
	func(d *docState, u *claimUnit) string { return d.fuerViewDE(u.toks, u.text) },               // "Für Jan Roth ist dies ein Fehler" (claimant_de_fuerview.go)
	func(d *docState, u *claimUnit) string { return d.fuerHolderDE(u.toks, u.text) },             // "Für ihn ist das Publikum ein wichtiger Faktor" (claimant_de_fuerholder.go)
	func(d *docState, u *claimUnit) string { return d.passiveAgentDE(u.toks, u.text, u.lex) },    // "Der Plan wurde vom Mieterbund kritisiert" (claimant_de_passiveagent.go)
	func(d *docState, u *claimUnit) string { return d.askedSourceDE(u.toks, u.text, u.lex) },     // "Fragt man beim Landesamt nach, …" (claimant_de_fragtman.go)
	func(d *docState, u *claimUnit) string { return judgedAsDE(u.toks, u.text) },                 // "Fachleute hatten den Kai als zu schmal betrachtet" (claimant_de_judgedas.go)
	func(d *docState, u *claimUnit) string { return d.trailingFrameDE(u.toks, u.text) },          // "…, fürchten Fachleute." (claimant_de_trailingframe.go)
}

// unitRulesEN are the English unit rules, tried in order.
var unitRulesEN = []speakerRule{
	func(d *docState, u *claimUnit) string { return d.capsLabelEN(u.toks, u.text) },                // "VANCE: “…”" in a fact check
	func(d *docState, u *claimUnit) string { return d.fullNameColonEN(u.toks, u.text) },            // "Ann Lee: The tax will hurt farmers" in a headline
	func(d *docState, u *claimUnit) string { return d.headlineColonNameEN(u.toks, u.text) },        // "Lee: The tax will hurt farmers", "Ann Lee" below (claimant_en_headlinecolon.go)
	func(d *docState, u *claimUnit) string { return highlightsAuthorEN(u.toks, u.text) },           // "Story highlights Ann Lee: The tax will hurt farmers"
	func(d *docState, u *claimUnit) string { return d.tweetAuthorEN(u.toks, u.text, u.lex) },       // "… — Ann Lee (@annlee) May 2, 2019"
	func(d *docState, u *claimUnit) string { return d.participleSpeakerEN(u.toks, u.text, u.lex) }, // "Ann Lee accepted the delay, saying …"
	func(d *docState, u *claimUnit) string { return d.regardSpeakerEN(u.toks, u.text, u.lex) },
	func(d *docState, u *claimUnit) string {
		return d.coordinatedSpeakerEN(u.toks, u.text, u.verbs, u.lex) // "Ann Lee smiled and said …"
	},
	func(d *docState, u *claimUnit) string { return d.particleSpeakerEN(u.toks, u.text, u.verbs) }, // "…, said al-Nadiri."     // "Ann Lee sees the deal as a mistake"
	func(d *docState, u *claimUnit) string { return pluralGroupEN(u.toks, u.text) },                // a plural group with a speech verb
	func(d *docState, u *claimUnit) string { return d.coordinatedBaseEN(u.toks, u.text, u.lex) },   // "Ann Lee and Tom Bell say"
	func(d *docState, u *claimUnit) string { return d.theyGroupEN(u.toks, u.text) },                // "Experts doubt it. … It will cost more, they said."
	func(d *docState, u *claimUnit) string { return d.relativeSpeaker(u) },                         // "…, Ann Lee, who said …"
	func(d *docState, u *claimUnit) string { return d.statementSayingEN(u.toks, u.text, u.lex) },   // "Ann Lee issued a statement saying …"
	func(d *docState, u *claimUnit) string { return d.asPutItEN(u.toks, u.text, u.lex) },           // "As Tom Bell put it, …"
	func(d *docState, u *claimUnit) string { return d.inDocumentSpeakerEN(u) },                     // "In a statement, the clinic blamed …"
	func(d *docState, u *claimUnit) string { return d.tagAheadEN(u) },                              // "''Who pays? | It is a gamble,'' Ann Lee said." (claimant_en_tagahead.go)
	func(d *docState, u *claimUnit) string { return d.quotedSubjectEN(u) },                         // "Lee delivered a retort: “No one …”" (claimant_en_quotedsubject.go)
	func(d *docState, u *claimUnit) string { return d.withSayingEN(u) },                            // "…, with Ann Lee saying that …" (claimant_en_withsaying.go)
	func(d *docState, u *claimUnit) string { return d.pollShareEN(u.toks, u.text) },                // "… poll found …. Four in 10 back the plan." (claimant_en_inpoll.go)
	func(d *docState, u *claimUnit) string { return d.echoedQuoteEN(u.text) },                      // "Lee wrote: “The pier must close.”" | "The pier must close." (claimant_en_echo.go)
	func(d *docState, u *claimUnit) string { return d.postAheadEN() },                              // "We will win. | It is time. — Ann Lee (@annlee) May 2, 2019" (claimant_en_postahead.go)
	func(d *docState, u *claimUnit) string { return headlineSourceEN(u.toks, u.text, u.lex) },      // "Port plans to raise fees: official" (claimant_en_headsource.go)
	func(d *docState, u *claimUnit) string { return d.figuresShowEN(u.toks, u.text) },              // "…, figures published by the county show." (claimant_en_figures.go)
	func(d *docState, u *claimUnit) string { return d.definiteTagEN(u) },                           // "“…,” the person added": the source in view (claimant_en_definitetag.go)
}

// refineRulesDE are the German refine rules, applied in order (an ifWho
// rule only when the speaker so far is not "").
var refineRulesDE = []refineStep{
	ifWho(func(d *docState, u *claimUnit, who string) string { return cleanClaimants(who) }),
	ifWho(func(d *docState, u *claimUnit, who string) string {
		return d.researchersBodyDE(u.toks, u.text, who, u.lex) // "Das berichten Forschende der Universität X": the body (claimant_de_researchers.go)
	}),
	ifWho(func(d *docState, u *claimUnit, who string) string { return objectClaimantDE(u.toks, u.text, who) }), // "…, obwohl ihr Fest den Auflagen widerspricht": no speaker (claimant_de_objectdet.go)
	always(func(d *docState, u *claimUnit, who string) string {
		return d.publicationCutDE(u.toks, u.text, who) // "Laut einer Studie im Fachblatt „X“": X
	}),
	always(func(d *docState, u *claimUnit, who string) string {
		return d.lowerAgencyDE(u.toks, u.text, who) // "laut der Nachrichtenagentur dpa": "dpa"
	}),
	always(func(d *docState, u *claimUnit, who string) string {
		return d.focusSubjectDE(u, who) // "Selbst der Städtetag, sonst …, warnt"
	}),
	ifWho(func(d *docState, u *claimUnit, who string) string {
		return truncatedCompoundDE(u.toks, u.text, who) // "Kinder- und Jugendärzte": one noun
	}),
	ifWho(func(d *docState, u *claimUnit, who string) string {
		return truncatedSourceDE(u.toks, u.text, who) // "nach Angaben der Industrie- und Handelskammer X": not "Industrie-"
	}),
	ifWho(func(d *docState, u *claimUnit, who string) string {
		return bodyAdjAndDE(u.toks, u.text, bodyAndDE(u.toks, u.text, who)) // "Gewerkschaft Handel und Dienste", "Verband binationaler Familien und Partnerschaften": one body
	}),
	always(func(d *docState, u *claimUnit, who string) string {
		return d.appositionSpeakerDE(u.toks, u.text, who, len(u.verbs) > 0, u.lex) // "Der Chef des Verbands, Jan Roth, hatte … gewarnt"
	}),
	ifWho(func(d *docState, u *claimUnit, who string) string {
		return d.forBodyDE(u.toks, u.text, who) // "Bundesamt für Migration", not "Bundesamt" or "Migration"
	}),
	ifWho(func(d *docState, u *claimUnit, who string) string {
		return d.andNameDE(u.toks, u.text, who) // "Gewerkschaft Erziehung und Wissenschaft", not "Wissenschaft"
	}),
	ifWho(func(d *docState, u *claimUnit, who string) string {
		return d.roleOfBodyDE(u.toks, u.text, who, u.lex) // "Der Chef der Nordbahn kündigte … an": the holder named before
	}),
	ifWho(func(d *docState, u *claimUnit, who string) string {
		return d.genitiveRoleDE(u.toks, u.text, who, u.lex) // "sagt der Inhaber der Tanzschule": the person just named
	}),
	ifWho(func(d *docState, u *claimUnit, who string) string {
		return d.groupLeaderDE(u.toks, u.text, who, u.lex) // "hoffen die Forscher um Hanna Kolbe": the leader (claimant_de_groupleader.go)
	}),
	ifWho(func(d *docState, u *claimUnit, who string) string {
		return d.bothPairDE(u.toks, u.text, who) // "die beiden Forscherinnen": the two people named together before (claimant_de_bothpair.go)
	}),
	ifWho(func(d *docState, u *claimUnit, who string) string {
		return d.articledSurnameDE(u.toks, u.text, who, u.lex) // "sagt der Kölner Lorenz": the person named in full
	}),
	ifWho(func(d *docState, u *claimUnit, who string) string {
		return nominativePluralDE(who) // "laut den norwegischen Behörden": "norwegische Behörden"
	}),
	ifWho(func(d *docState, u *claimUnit, who string) string { return unnamedReportCutDE(u.toks, u.text, who) }), // "Medienberichten zufolge": no source
	ifWho(func(d *docState, u *claimUnit, who string) string { return quantifierCutDE(who) }),                    // "Viele Landwirte mahnen …": "Landwirte"
	ifWho(func(d *docState, u *claimUnit, who string) string { return timeTailCutDE(who) }),                      // "schrieb Bush Mitte Juni": "Bush"
	ifWho(func(d *docState, u *claimUnit, who string) string { return shareGroupDE(who) }),                       // "Zwei Drittel der Kliniken rechnen mit …": a count, no speaker
	ifWho(func(d *docState, u *claimUnit, who string) string { return timeSpanClaimantDE(who) }),                 // "Fünf Jahre ist es her, dass …": a span of time (claimant_de_timespan.go)
	always(func(d *docState, u *claimUnit, who string) string { return d.demonstrativeWhoDE(u, who) }),           // "Diese sagte …": the last name before (claimant_de_demsubject.go)
	always(func(d *docState, u *claimUnit, who string) string { return d.demonstrativeGenderDE(u, who) }),        // "Dieser erklärte …": the last body or person of its gender (claimant_de_demgender.go)
	always(func(d *docState, u *claimUnit, who string) string { return passiveIssuerDE(u.toks, u.text, who) }),   // "Der vom Verband vorgelegte Bericht empfiehlt …": the issuer (claimant_de_passiveissuer.go)
	ifWho(func(d *docState, u *claimUnit, who string) string { return demonstrativeClaimantDE(who) }),            // "Ebendieser Impfstoff …, glaubt er": no name (claimant_de_demonstrative.go)
	ifWho(func(d *docState, u *claimUnit, who string) string { return d.saxonGenitiveDE(who) }),                  // "Monika Webers Unterstützung": the person
	ifWho(func(d *docState, u *claimUnit, who string) string {
		return pluralAdjectiveDE(u.toks, u.text, who) // "die Freien Wähler erklärten": "Freie Wähler"
	}),
	ifWho(func(d *docState, u *claimUnit, who string) string {
		return adjRunBackDE(u.toks, u.text, who) // "laut der Hamburger Allgemeinen Zeitung": not "Allgemeine Zeitung" (claimant_de_adjrunback.go)
	}),
	ifWho(func(d *docState, u *claimUnit, who string) string {
		return properAdjNominativeDE(u.toks, u.text, who) // "laut der Norddeutschen Zeitung": "Norddeutsche Zeitung"
	}),
	ifWho(func(d *docState, u *claimUnit, who string) string {
		return dativeAdjectiveDE(u.toks, u.text, who) // "laut Statistischem Landesamt": "Statistisches Landesamt" (claimant_de_dativeadj.go)
	}),
	ifWho(func(d *docState, u *claimUnit, who string) string {
		return lautFeminineDE(u.toks, u.text, who) // "laut Europäischer Zentralbank": "Europäische Zentralbank" (claimant_de_dativeadj.go)
	}),
	ifWho(func(d *docState, u *claimUnit, who string) string {
		return strongAdjectiveDE(u.toks, u.text, who) // "der Bayerische Landtag": "Bayerischer Landtag"
	}),
	ifWho(func(d *docState, u *claimUnit, who string) string {
		return titleNominativeDE(u.toks, u.text, who) // "Im „Rheinischen Anzeiger“ heißt es": "Rheinischer Anzeiger"
	}),
	ifWho(func(d *docState, u *claimUnit, who string) string {
		return d.placedClaimantDE(u.toks, u.text, who) // "Einige Imker im Freistaat Sachsen warnten": no place (claimant_de_inplace.go)
	}),
	always(func(d *docState, u *claimUnit, who string) string {
		return d.spokespersonDE(u, who) // "Ein Sprecher der Hafenbehörde sagte": "Sprecher der Hafenbehörde"
	}),
	ifWho(func(d *docState, u *claimUnit, who string) string {
		return d.fullerDescriptionDE(who) // "Sprecher des Landkreises" after "Sprecher des Landkreises Harburg"
	}),
	ifWho(func(d *docState, u *claimUnit, who string) string {
		return d.spokesGenericDE(who) // "Sprecher des Unternehmens" after "die Nordbank AG": "Sprecher der Nordbank AG"
	}),
	ifWho(func(d *docState, u *claimUnit, who string) string {
		return d.describedDE(who) // "die Sprecherin" after "eine Sprecherin des Bezirks"
	}),
	ifWho(func(d *docState, u *claimUnit, who string) string {
		return d.prepositionCutDE(who) // "Gegen Eva Roth", "Vom Balkon"
	}),
	ifWho(func(d *docState, u *claimUnit, who string) string {
		return d.adjectivalHolderDE(u.toks, u.text, who) // "Die Wehrbeauftragte sagte" after "der Wehrbeauftragten Eva Roth"
	}),
	always(func(d *docState, u *claimUnit, who string) string {
		return d.refineClaimantDE(u.toks, u.text, who, u.lex) // no adverb ("Schließlich"); "der Mediziner" just named
	}),
	ifWho(func(d *docState, u *claimUnit, who string) string {
		return d.ohneNameDE(u.toks, u.text, who) // "Ärzte ohne Grenzen", not "Ärzte"
	}),
	ifWho(func(d *docState, u *claimUnit, who string) string {
		return quotedPhraseNameDE(u.text, who) // "wie die „Aktion Hafen hilft“ mitteilte": the whole name
	}),
	always(func(d *docState, u *claimUnit, who string) string {
		return d.gremiumDE(u.toks, u.text, who) // "Das Gremium empfahl" after "der Europäische Nordseerat"
	}),
	ifWho(func(d *docState, u *claimUnit, who string) string {
		return d.knownSuffixDE(who) // "Ihr Nachbar Karl-Heinz Beumer": the person
	}),
	always(func(d *docState, u *claimUnit, who string) string {
		if who != "" {
			return who
		}
		return d.groupSourceDE(u.toks, u.text, u.lex) // "Bisher warnen Politiker vor …" after a word taken for the speaker
	}),
	ifWho(func(d *docState, u *claimUnit, who string) string {
		return d.coSubjectsDE(u, who) // "Stadt, Kreis und Land fordern", "forderten der Mieterverein und der Fährverband"
	}),
	ifWho(func(d *docState, u *claimUnit, who string) string {
		return groupOfListDE(u.toks, u.text, who) // "Politiker von A, B und C fordern": the whole subject
	}),
	ifWho(func(d *docState, u *claimUnit, who string) string {
		return d.otherClauseSpeakers(u, who) // "Jan Roth sagte …, während Eva Kühn erklärte, …"
	}),
	ifWho(func(d *docState, u *claimUnit, who string) string { return showsThingCutDE(u.toks, u.text, who) }), // "Der Sender zeigte Bilder": no view
	ifWho(func(d *docState, u *claimUnit, who string) string { return docClaimantDE(u.toks, who) }),           // "Die Statistik weist … aus": no claimant of its own (claimant_de_docnoun.go)
	ifWho(func(d *docState, u *claimUnit, who string) string { return sourceDativeDE(u.toks, u.text, who) }),  // "nach Angaben von Menschenrechtlern" (claimant_de_dativeplural.go)
	always(func(d *docState, u *claimUnit, who string) string { return d.docIssuerDE(u, who) }),               // "Dem Bericht zufolge …" after "ein Bericht der Hilfsorganisation X" (claimant_de_docowner.go)
	always(func(d *docState, u *claimUnit, who string) string {
		return d.noteCourtSeatsDE(u.toks, u.text, who) // for later units: "Das Gericht" after "des Landgerichts in Kassel" (claimant_de_courtseat.go)
	}),
	always(func(d *docState, u *claimUnit, who string) string {
		return d.kasseClaimantDE(u.toks, u.text, who) // "teilte die Kasse mit" after "die Krankenkasse Nordwest" (claimant_de_kasse.go)
	}),
}

// refineRulesEN are the English refine rules, applied in order (an ifWho
// rule only when the speaker so far is not "").
var refineRulesEN = []refineStep{
	ifWho(func(d *docState, u *claimUnit, who string) string { return addressFormCutEN(who) }),  // "“Your Honor,” I said": a form of address, no speaker
	ifWho(func(d *docState, u *claimUnit, who string) string { return questionLeadCutEN(who) }), // "What do businesses say?": a question, no speaker (claimant_en_questionlead.go)
	ifWho(func(d *docState, u *claimUnit, who string) string { return withAbsoluteCutEN(who) }), // "…, with no injuries reported": no speaker (claimant_en_withabsolute.go)
	always(func(d *docState, u *claimUnit, who string) string {
		return rtHonNameEN(u.toks, u.text, who) // "…, the Rt Hon Ann Lee MP, said:" (claimant_en_rthon.go)
	}),
	ifWho(func(d *docState, u *claimUnit, who string) string {
		return titleModifierAloneEN(u.toks, u.text, who, u.lex) // "The Prime Minister told": not "Prime"
	}),
	ifWho(func(d *docState, u *claimUnit, who string) string {
		return d.partyTagOwnerEN(u.toks, u.text, who, u.lex) // "Rep. Ann Lee, R-Utah, said"
	}),
	ifWho(func(d *docState, u *claimUnit, who string) string {
		return d.profileOwnerEN(u.toks, u.text, who, u.lex) // "said Rep. Ann Lee Ann Marie LeeHarbor … MORE (R-Utah)"
	}),
	ifWho(func(d *docState, u *claimUnit, who string) string {
		if !strings.HasSuffix(who, ",") {
			return who
		}
		return d.appositionOwnerEN(u.toks, u.text, who, u.lex) // "Ann Lee, a professor …, said"
	}),
	ifWho(func(d *docState, u *claimUnit, who string) string {
		if who == "" {
			return who
		}
		return d.titleGenderOwnerEN(u.toks, u.text, who) // "Mrs. Lester" is not Tom Lester
	}),
	always(func(d *docState, u *claimUnit, who string) string {
		if strings.Contains(who, "; ") {
			return cleanClaimants(who)
		}
		return personNameEN(gluedLinkNameEN(who)) // "Erin Lee" keeps "Erin"; "Ann Lee Ann Marie LeeHarbor …" is Ann Lee
	}),
	ifWho(func(d *docState, u *claimUnit, who string) string { return kinFirstNameEN(u.toks, u.text, who) }), // "Zapata's mother, Mary, said": Mary Zapata (claimant_en_kinname.go)
	ifWho(func(d *docState, u *claimUnit, who string) string { return d.possessiveSurnameEN(who) }),          // "South Korea’s Moon says": Moon Jae-in (claimant_en_posssurname.go)
	ifWho(func(d *docState, u *claimUnit, who string) string { return documentIssuerEN(who) }),               // "said a statement from the Harbor Port Authority"
	ifWho(func(d *docState, u *claimUnit, who string) string { return countryBodyEN(u.text, who) }),          // "The U.S. Fisheries Service said": not "Fisheries Service"
	ifWho(func(d *docState, u *claimUnit, who string) string {
		return d.spokespersonEN(u, who) // "A Harbor Council spokesman … said": not the council
	}),
	ifWho(func(d *docState, u *claimUnit, who string) string {
		return d.aideToEN(u, who) // "A senior aide to Prime Minister Ann Lee said": not Lee
	}),
	ifWho(func(d *docState, u *claimUnit, who string) string {
		return d.spokesBodyEN(who) // "The Harbour Authority disputed it. A spokeswoman said": the authority (claimant_en_spokesbody.go)
	}),
	ifWho(func(d *docState, u *claimUnit, who string) string {
		if describedEN(who) {
			d.noteDescribedEN(who)
		}
		return who
	}),
	ifWho(func(d *docState, u *claimUnit, who string) string {
		if who != "" && (creditOrCaptionEN(u.toks) || photoCaptionEN(u.toks, u.verbs) || datedCaptionEN(u.toks) || mediaLabelEN(u.toks) || linkLabelEN(u.toks)) {
			return "" // "Lerer reported from Los Angeles.", "Hide Caption 4 of 13 Photos: …"
		}
		return who
	}),
	ifWho(func(d *docState, u *claimUnit, who string) string {
		return d.coSubjectsEN(u, who) // "Ann Lee and Sen. Tom Bell said"
	}),
	always(func(d *docState, u *claimUnit, who string) string { return d.nameGroupEN(u, who) }),   // "Ann Lee and two other officials said": "Ann Lee; two other officials" (claimant_en_namegroup.go)
	always(func(d *docState, u *claimUnit, who string) string { return ordinalSourceEN(u, who) }), // "…,” said the second official.": as written (claimant_en_ordinalsource.go)
	ifWho(func(d *docState, u *claimUnit, who string) string {
		return d.otherClauseSpeakers(u, who) // "Ann Lee said …, while Tom Bell said …"
	}), ifWho(func(d *docState, u *claimUnit, who string) string {
		return ofHeadEN(u.text, d.bodyAndEN(u, who)) // "Coast and Harbor Protection said": one body; "Department of Parks and Recreation" (claimant_en_ofhead.go)
	}),
	always(func(d *docState, u *claimUnit, who string) string { return d.titledNameAfterEN(u, who) }),         // "Retired Army Col. Lewis Varga said": not "Retired Army Col" (claimant_en_titlebefore.go)
	ifWho(func(d *docState, u *claimUnit, who string) string { return d.ofNameEN(u.text, who) }),              // "according to the Council of the Northern Harbor Towns": not "Northern Harbor Towns" (claimant_en_ofname.go)
	ifWho(func(d *docState, u *claimUnit, who string) string { return cityOfEN(u.text, who) }),                // "The city of Vallejo said": "city of Vallejo" (claimant_en_cityof.go)
	ifWho(func(d *docState, u *claimUnit, who string) string { return andTailEN(u.text, who) }),               // "according to the Office of Ports and Harbor Management" (claimant_en_andtail.go)
	ifWho(func(d *docState, u *claimUnit, who string) string { return d.joinedBodyEN(u.text, who) }),          // "The British Retail and Hospitality Forum said": one body (claimant_en_joinedbody.go)
	ifWho(func(d *docState, u *claimUnit, who string) string { return campaignNameEN(u.text, who) }),          // "Save the Children said": not "Children" (claimant_en_campaignname.go)
	ifWho(func(d *docState, u *claimUnit, who string) string { return andBodyTailEN(u.text, who) }),           // "The United Food and Commercial Workers union said" (claimant_en_andbodytail.go)
	ifWho(func(d *docState, u *claimUnit, who string) string { return pluralPossNameEN(u.text, who) }),        // "The Ashbourne Students' Union said": not "Ashbourne Students" (claimant_en_pluralpossname.go)
	always(func(d *docState, u *claimUnit, who string) string { return passiveByEN(u, who) }),                 // "Pilots backed by the union want …": no claimant (claimant_en_passiveby.go)
	always(func(d *docState, u *claimUnit, who string) string { return modalSubjectEN(u, who) }),              // "Some pier owners could claim …": no claimant (claimant_en_modalsubject.go)
	ifWho(func(d *docState, u *claimUnit, who string) string { return indefiniteSpeakerEN(who) }),             // "Nobody asked …": no source
	ifWho(func(d *docState, u *claimUnit, who string) string { return evidenceClaimantEN(u.toks, who) }),      // "The numbers say …": no source
	ifWho(func(d *docState, u *claimUnit, who string) string { return findingNounSpanEN(who) }),               // "A Harlow Courier poll last week showed": "Harlow Courier poll"
	ifWho(func(d *docState, u *claimUnit, who string) string { return d.itsClaimantEN(who) }),                 // "Its foreign ministry said": the body's
	ifWho(func(d *docState, u *claimUnit, who string) string { return saintNameEN(u.text, who) }),             // "St. Orwin's Hospital said": not "Orwin's Hospital"
	ifWho(func(d *docState, u *claimUnit, who string) string { return d.capitalDescEN(u.text, who) }),         // "The Department also confirmed": the department named last (claimant_en_capitaldesc.go)
	ifWho(func(d *docState, u *claimUnit, who string) string { return bareBodyNounEN(who) }),                  // "the company said", no company named: none
	always(func(d *docState, u *claimUnit, who string) string { return shareClaimantEN(who) }),                // "46 percent of voters said": no claimant of its own (claimant_en_sharesubject.go)
	always(func(d *docState, u *claimUnit, who string) string { return inPollRefineEN(u.toks, u.text, who) }), // "In a Harlow Courier poll released Sunday, 61 percent …" (claimant_en_inpoll.go)
}
