package extract

import "strings"

// buildDE fills the German lexicon and phrase table.
func buildDE(l lexicon, ph map[string]category) {
	l.add(cNumWord, `zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig vierzig fünfzig sechzig siebzig
achtzig neunzig hundert tausend hunderte tausende zehntausende hunderttausende dutzende dutzend million millionen milliarde
milliarden billion billionen hälfte drittel viertel doppelt verdoppelt dreifach zweimal dreimal beiden`)
	l.add(cUnit, `prozent prozentpunkte euro cent dollar pfund franken rubel yuan tonnen kilometer meter quadratkilometer grad
stunden minuten tage mio mrd tsd`)
	l.add(cMonth, `januar jänner februar märz april mai juni juli august september oktober november dezember`)
	l.add(cWeekday, `montag dienstag mittwoch donnerstag freitag samstag sonntag wochenende`)
	l.add(cRelDate, `gestern vorgestern damals zuletzt bislang jahrhundert jahrzehnt jahrzehnten`)
	l.add(cTimeNoun, `jahr jahres jahren woche monat monats monaten wochen jahrhundert sommer winter herbst frühjahr`)
	l.add(cPastAdj, `letztes letzten letzte vergangenen vergangene vergangenes vorigen voriges vorige`)
	l.add(cEventVerb, `gab gaben kam kamen fand fanden stieg stiegen sank sanken fiel fielen nahm nahmen traf trafen
hielt hielten blieb blieben lag lagen stand standen schrieb schrieben rief riefen zog zogen flog flogen starb
starben wuchs wuchsen verlor verloren gewann gewannen begann begannen beschloss beschlossen verbot verboten unterschrieb
unterschrieben entschied entschieden verließ verließen erhielt erhielten schloss schlossen brach brachen
trat traten lief liefen hob hoben floh flohen schlug schlugen wies wiesen bot boten bat baten log logen stahl stahlen
tötete töteten getötet gestorben gestiegen gesunken gefallen gewonnen verloren beschlossen gegeben genommen geschlossen
eingeführt verabschiedet verhaftet festgenommen angeklagt gewählt ernannt unterzeichnet
verdoppelt halbiert zerstört besetzt angegriffen erschossen evakuiert`)
	// Verbs of saying and of taking a position (third person, present and
	// past); weak verbs are listed by stem (speechStemsDE).
	l.add(cSpeech, `teilte teilten schrieb schrieben räumte fügte kündigte wies warf empfahl
empfahlen widersprach widersprachen bestritt bestritten rief riefen hieß
wirft werfen weist weisen ruft rufen rät riet rieten nennt nennen nannte nannten schreibt schreiben empfiehlt
bestreitet bestreiten widerspricht widersprechen gesteht gestand gestanden räumt räumen fügt fügen kündigt kündigen`)
	l.add(cSpeech, `mitteilte mitteilten mitgeteilt widersprochen geschrieben gesprochen empfohlen bestritten
angekündigt eingeräumt vorgeworfen zurückgewiesen`)
	for _, st := range speechStemsDE {
		e := "" // berichtet, antwortete, bezeichnete: an e before the ending
		if strings.HasSuffix(st, "t") || strings.HasSuffix(st, "d") || strings.HasSuffix(st, "chn") {
			e = "e"
		}
		l.add(cSpeech, st+e+"t "+st+e+"te "+st+e+"ten "+st+"en "+participleDE(st))
	}
	l.add(cAccording, `laut zufolge gemäß`)
	l.add(cKonj1, `sei seien habe hätten hätte wäre wären werde gebe könne müsse solle wolle dürfe wisse liege gehe komme stehe
gelte fehle brauche arbeite bleibe zeige handle finde lasse sehe halte trage nehme bringe führe steige sinke wachse
entstehe erhalte biete treffe plane prüfe`)
	l.add(cSuper, `erste ersten erstes erstmals zuerst meisten meiste wenigsten höchste höchsten niedrigste niedrigsten größte
größten kleinste kleinsten beste besten schlechteste schlechtesten älteste ältesten rekord
rekordhoch rekordtief allererste einzige einzigen letzte`)
	l.add(cCompar, `mehr weniger höher niedriger größer kleiner schwächer häufiger seltener doppelt verglichen
übertraf überholte`)
	l.add(cLegal, `gesetz gesetze gesetzes gericht gerichts urteil urteile anklage verordnung beschluss abstimmung abgestimmt
vertrag verträge abkommen verfassung klage verfahren wahl wahlen gewählt vorschrift vorschriften gesetzlich illegal
verfassungswidrig ratifiziert richter`)
	l.add(cCausal, `weil deshalb daher dadurch verursacht verursachte führte führten folge folgen aufgrund wegen infolge
ursache grund`)
	l.add(cOpinion, `denke glaube finde meine hoffe fürchte bezweifle vermute bin halte`)
	l.add(cOpinionAdv, `hoffentlich leider offensichtlich natürlich eigentlich wahrscheinlich bestimmt sicherlich imho imo`)
	l.add(cFirstSing, `ich mir mich mein meine meiner meinen meinem`)
	l.add(cFirstPl, `wir uns unser unsere unserer unseren unserem`)
	l.add(cSecond, `du dich dir dein deine deiner deinen euch euer eure`)
	l.add(cModal, `könnte könnten dürfte dürften würde würden sollte sollten müsste müssten vielleicht vermutlich
möglicherweise eventuell wohl angeblich scheinbar kann können soll sollen`)
	l.add(cFuture, `wird werden will wollen möchte möchten plant planen morgen künftig zukünftig bald`)
	l.add(cDiscourse, `danke hallo hi liebe lieber grüße gruß bitte tja naja ach oh haha lol genau`)
	l.add(cRole, `präsident präsidentin minister ministerin kanzler kanzlerin bundeskanzler
bundeskanzlerin ministerpräsident ministerpräsidentin bürgermeister bürgermeisterin sprecher sprecherin regierungssprecher
regierungssprecherin botschafter botschafterin senator senatorin vorsitzende
vorsitzender chef chefin direktor direktorin professor professorin prof dr generalsekretär generalsekretärin premierminister
premierministerin könig königin papst richter richterin staatsanwalt staatsanwältin gouverneur gouverneurin abgeordnete
abgeordneter parteichef parteichefin fraktionschef fraktionschefin analyst analystin ökonom ökonomin forscher forscherin
herr frau präsidenten ministers ministerin ministerpräsidenten kanzlers bundeskanzlers botschafters sprechers`)
	l.add(cPronM, `er ihm ihn sein seine seiner seinen`)
	l.add(cPronF, `sie`)
	l.add(cAux, `hat haben hatte hatten ist sind war waren wurde wurden worden habe`)
	l.add(cNotVerb, `letzte letzten gute guten alte alten weite weiten breite breiten harte harten
bekannte bekannten späte späten private privaten konkrete konkreten direkte direkten mitte beste besten erste ersten
weitere weiteren zweite zweiten dritte dritten bunte bunten gesamte gesamten heute leute beiden bitte satte mittleren
arte mte unte genannten sogenannten geplanten angeblichen bestimmte bestimmten leichte leichten rote roten fette fetten
flachen konnte konnten sollte sollten wollte wollten durfte durften möchte mochte könnte dürfte kosten testen
belasten entlasten leisten rüsten fasten husten`)
	l.add(cVerbSte, `wusste wussten passte passten verpasste erfasste hasste`)
	l.add(cDet, `der die das dem den des ein eine einem einen einer`)
	l.add(cStopDE, `der die das und ist nicht ein eine zu den von mit sich des auf für im dem als auch es an werden aus er
hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr durch
man sein wurde sei ich wir ihr auch doch schon wenn dann denn diese dieser`)
	// Function words that open a sentence with a capital letter.
	l.add(cNotName, `sondern da wie damit dabei zudem außerdem deshalb dennoch jedoch also zwar nun ob wenn nachdem während
obwohl trotzdem dann insbesondere bereits erst zuletzt zuvor inzwischen derweil demnach allerdings`)
	l.add(cNotName, `aber und die der das den dem des ein eine für nach als auch doch denn dann wenn weil sie er es wir ich
seit bei von mit im am in an auf aus zu zum zur über unter vor laut so nicht nur noch schon heute gestern diese dieser
beobachter kritiker analysten forscher politiker behörden ermittler zeugen medien`)
	addPhrases(l, ph, cOpinion, `meiner meinung, meines erachtens, ich denke, ich glaube, ich finde, ich meine, ich hoffe,
ich fürchte, wir denken, wir glauben, ich bin sicher, ich bin überzeugt, glaube ich, denke ich, finde ich, meine ich`)
	addPhrases(l, ph, cAccording, `nach angaben, zufolge der, berufung auf`)
	addPhrases(l, ph, cCompar, `mehr als, weniger als, so viel, so viele, doppelt so, im vergleich`)
	addPhrases(l, ph, cSuper, `zum ersten, am meisten, noch nie`)
	addPhrases(l, ph, cFuture, `in zukunft`)
	addPhrases(l, ph, cExist, `es gibt, gibt es, es gab, gab es`)
}

// speechStemsDE are the stems of weak German verbs of saying and of taking
// a position: sag → sagt, sagte, sagten, sagen.
var speechStemsDE = []string{
	"sag", "erklär", "beton", "mein", "bericht", "bestätig", "warn", "kritisier", "versicher", "behaupt",
	"erläuter", "ergänz", "twitter", "forder", "verlang", "erzähl", "antwort", "schilder",
	"unterstreich", "klag", "beklag", "mahn", "appellier", "argumentier", "kommentier", "verkünd",
	"dementier", "zitier", "glaub", "hoff", "befürcht", "lob", "begrüß", "bemängel", "bezeichn", "verteidig",
	"äußer", "bezweifel", "zweifel", "prognostizier", "informier", "monier", "beanstand",
}

// participleDE forms the past participle of a weak verb stem: gesagt,
// kritisiert, erklärt.
func participleDE(st string) string {
	if strings.HasSuffix(st, "t") || strings.HasSuffix(st, "d") || strings.HasSuffix(st, "chn") {
		st += "e" // berichtet, bezeichnet
	}
	if strings.HasSuffix(st, "ier") {
		return st + "t"
	}
	for _, p := range [...]string{"be", "er", "ver", "ent", "zer", "ge", "über", "unter", "wider"} {
		if strings.HasPrefix(st, p) {
			return st + "t"
		}
	}
	return "ge" + st + "t"
}
