package extract

import "strings"

// A category is one bit of a word's lexicon entry; a word may carry several.
type category uint64

// The word categories the features and the claimant finder use.
const (
	cNumWord    category = 1 << iota // zwei, Zehntausende, dozens
	cUnit                            // Prozent, percent, Euro, dollars, Tonnen
	cMonth                           // Februar, October
	cWeekday                         // Donnerstag, Monday
	cRelDate                         // gestern, yesterday
	cTimeNoun                        // Jahr, Woche, year, week (after "letztes", "last")
	cPastAdj                         // letztes, vergangenen, last, past
	cEventVerb                       // irregular past forms: enthielten, stieg, won
	cSpeech                          // sagte, erklärte, said, told
	cAccording                       // laut, zufolge, according
	cKonj1                           // seien, habe, hätten (reported speech)
	cStat                            // Durchschnitt, Anteil, rate, average
	cSuper                           // erste, meisten, record, most
	cCompar                          // mehr, weniger, more, fewer
	cLegal                           // Gesetz, Gericht, law, court, voted
	cTopic                           // Steuern, Arbeitslosigkeit, taxes, deficit
	cCausal                          // weil, verursacht, because, caused
	cOpinion                         // denke, glaube, think, believe (with a first person)
	cOpinionAdv                      // hoffentlich, imho, obviously
	cFirstSing                       // ich, mir, I, me
	cFirstPl                         // wir, uns, we, our
	cSecond                          // du, euch, you, your
	cModal                           // könnte, vielleicht, might, maybe
	cFuture                          // wird, werden, will, going
	cEval                            // bemerkenswert, toll, remarkable, terrible
	cDiscourse                       // danke, hallo, well, thank
	cRole                            // Präsident, Außenminister, Senator
	cNameM                           // male first names
	cNameF                           // female first names
	cPlace                           // countries, capitals, institutions
	cPronM                           // er, he
	cPronF                           // sie, she
	cAux                             // hat, wurde, has, was (perfect and passive)
	cNotVerb                         // adjectives that look like past verbs: letzte, guten, need
	cVerbSte                         // German verbs ending in -ste: reiste, musste
	cSource                          // Studie, Quelle, study, report
	cDet                             // der, dem, the: skipped before a claimant
	cStopDE                          // frequent German function words (language detection)
	cStopEN                          // frequent English function words (language detection)
	cNotName                         // capitalised words that are not names: Aber, Die, The
	cPhrase                          // first word of a two-word phrase
)

// lexicon maps a lower-case word to its categories.
type lexicon map[string]category

func (l lexicon) add(c category, words string) {
	for _, w := range strings.Fields(words) {
		l[strings.ToLower(w)] |= c
	}
}

// lexDE and lexEN are built once at start-up and only read afterwards, so
// Extract may run in several goroutines at once.
var (
	lexDE = lexicon{}
	lexEN = lexicon{}
	// phrasesDE and phrasesEN hold two-word expressions ("meiner meinung",
	// "according to") keyed "first second".
	phrasesDE = map[string]category{}
	phrasesEN = map[string]category{}
)

// acronyms holds the all-capital place and institution names (UN, WHO, US),
// which match only when written in capitals, so that "us" and "who" do not.
var acronyms = map[string]bool{}

func addPlaces(l lexicon, words string) {
	for _, w := range strings.Fields(words) {
		if len(w) >= 2 && strings.ToUpper(w) == w {
			acronyms[w] = true
			continue
		}
		l[strings.ToLower(w)] |= cPlace
	}
}

func addPhrases(l lexicon, m map[string]category, c category, list string) {
	for _, p := range strings.Split(list, ",") {
		f := strings.Fields(strings.ToLower(p))
		if len(f) == 0 {
			continue
		}
		m[strings.Join(f, " ")] |= c
		l[f[0]] |= cPhrase
	}
}

// addInflected adds the inflected forms of German adjectives (interessant →
// interessanten) with the categories in mask.
func addInflected(l lexicon, mask category) {
	var add []string
	var cats []category
	for w, c := range l {
		if c&mask == 0 || len(w) < 4 {
			continue
		}
		for _, suf := range [...]string{"e", "en", "er", "es", "em"} {
			add = append(add, w+suf)
			cats = append(cats, c&mask)
		}
	}
	for i, w := range add {
		if l[w]&mask == 0 {
			l[w] |= cats[i]
		}
	}
}

func init() {
	for _, l := range []lexicon{lexDE, lexEN} {
		l.add(cNameM, namesM)
		l.add(cNameF, namesF)
		addPlaces(l, placesShared)
	}
	buildDE(lexDE, phrasesDE)
	addInflected(lexDE, cEval|cCompar)
	buildEN(lexEN, phrasesEN)
	buildStopwords()
}

// prefixesByByte lists sepPrefixes by their first byte.
var prefixesByByte [256][]string

func init() {
	for _, p := range sepPrefixes {
		prefixesByByte[p[0]] = append(prefixesByByte[p[0]], p)
	}
}

// sepPrefixes are German separable and inseparable verb prefixes; a strong
// past form behind one of them ("hervorhob", "aufnahm") is an event verb.
var sepPrefixes = []string{"ab", "an", "auf", "aus", "bei", "dar", "durch", "ein", "fest", "fort", "her", "heraus", "hervor", "hin", "hinzu", "los", "mit", "nach", "statt", "teil", "um", "unter", "über", "vor", "vorbei", "weg", "wieder", "zu", "zurück", "zusammen", "be", "ent", "er", "ver", "zer"}

const namesM = `Aaron Adam Adrian Ahmed Alan Albert Alejandro Alex Alexander Alexei Alexej Ali Andreas Andrew Andrzej Angelo
Anthony Antony Anton Armin Arnold Barack Ben Benjamin Bernd Bernie Bill Bob Boris Brian Carl Carlos Cem Charles Chris
Christian Christoph Christopher Claus Dan Daniel David Dennis Dieter Dmitri Dmitrij Dmitry Donald Edward Emmanuel Emomali Emil
Erdogan Eric Erich Erik Felix Florian Frank Franz Friedrich Fritz Gary George Georg Gerhard Günter Günther Hans Harald Heiko
Heinrich Heinz Helmut Henry Herbert Horst Hubert Igor Ilham Ivan Jack Jacob Jake James Jan Javier Jean Jeff Jens Jim Joachim
Joe Johann Johannes John Jonas Jordan Jörg José Josef Joseph Juan Jürgen Karl Kassym-Schomart Kevin Klaus Kurt Lars Lukas
Lutz Manfred Marco Marcus Mario Mark Markus Martin Matthias Max Michael Mike Mohammed Muhammad Narendra Nicolas Niklas
Olaf Oliver Otto Pascal Patrick Paul Pedro Peter Philipp Rainer Ralf Recep Richard Robert Roland Rolf Ron Sebastian Sergei
Sergej Shavkat Simon Stefan Stephan Steve Steven Sven Thomas Tim Timo Tobias Tom Tony Uwe Viktor Vladimir Volker Walter
Werner Wilhelm William Wladimir Wolfgang Wolodymyr Xi Yuri`

const namesF = `Agnes Alice Alexandra Amy Andrea Angela Anja Ann Anna Annalena Anne Annegret Barbara Beatrix Bettina Birgit Brigitte
Carla Caroline Catherine Christa Christina Christine Claudia Condoleezza Dana Daniela Diana Doris Elena Elisabeth Elizabeth Ella
Emily Emma Eva Franziska Gabriele Giorgia Hannah Heike Helga Hillary Ilse Ingrid Irina Jacinda Jane Janet Jennifer Jessica
Johanna Judith Julia Julie Karin Katarina Katharina Kamala Karen Katrin Kerstin Kristina Laura Linda Lisa Liz Luisa Manuela
Margaret Maria Marie Marina Marine Martina Mary Melanie Michelle Monika Nancy Natalia Nicole Nina Olena Petra Rachel Renate
Ricarda Ruth Sabine Sahra Samantha Sandra Sarah Sara Saskia Silke Simone Sophie Stefanie Susanne Svenja Tanja Theresa Ulla
Ulrike Ursula Ute Veronika Victoria Yulia`

const placesShared = `UN UNO NATO EU USA US UK BRD DDR OSZE OECD WHO IWF IMF EZB ECB WTO G7 G20 OPEC UNICEF UNESCO FBI CIA NSA NASA
CDU CSU SPD FDP AfD Grüne Grünen Linke BSW ÖVP SPÖ FPÖ SVP Bundestag Bundesrat Bundesregierung Bundesverfassungsgericht Kreml
Pentagon Kongress Congress Senate Senat Parlament Parliament Weißes Haus Elysée Downing
Afghanistan Ägypten Albanien Algerien Argentinien Armenien Aserbaidschan Äthiopien Australien Belarus Belgien Bosnien Brasilien
Bulgarien Chile China Dänemark Deutschland Estland Finnland Frankreich Georgien Griechenland Großbritannien Indien Indonesien
Irak Iran Irland Island Israel Italien Japan Jemen Jordanien Kanada Kasachstan Katar Kenia Kirgistan Kirgisistan Kolumbien
Korea Kosovo Kroatien Kuba Lettland Libanon Libyen Litauen Luxemburg Mali Marokko Mexiko Moldau Mongolei Niederlande Nigeria
Nordkorea Norwegen Österreich Pakistan Palästina Peru Polen Portugal Rumänien Russland Saudi-Arabien Schweden Schweiz Serbien
Slowakei Slowenien Spanien Südafrika Südkorea Sudan Syrien Tadschikistan Taiwan Thailand Tschechien Tunesien Türkei
Turkmenistan Ukraine Ungarn Usbekistan Venezuela Vietnam Zypern Europa Afrika Asien Amerika Zentralasien Südasien Nahost
Germany France Britain England Scotland Wales Russia Ukraine Poland Italy Spain Greece Turkey Egypt Iraq Syria Israel
India Pakistan Japan China Canada Mexico Brazil Cuba Vietnam Korea Kazakhstan Uzbekistan Tajikistan Kyrgyzstan Turkmenistan
Europe Africa Asia America Austria Switzerland Sweden Norway Denmark Finland Netherlands Belgium Hungary Romania Bulgaria Serbia
Berlin München Hamburg Köln Frankfurt Stuttgart Düsseldorf Dresden Leipzig Bonn Wien Zürich Bern Paris London Madrid Rom Rome
Moskau Moscow Kiew Kyjiw Kyiv Kiev Peking Beijing Washington Brüssel Brussels Warschau Warsaw Prag Prague Astana Taschkent
Tashkent Teheran Tehran Ankara Istanbul Kairo Cairo Tokio Tokyo Delhi Jerusalem Gaza Xinjiang Minsk Budapest Athen Athens
Chicago Boston Texas California Kalifornien Florida Ohio Iowa Illinois Virginia Pennsylvania Michigan Arizona Georgia
Medicare Medicaid Fed Bundesbank Europarat Generalversammlung Sicherheitsrat Bundeswehr Bundespolizei Interpol Europol`
