package extract

// buildDE fills the German lexicon and phrase table.
func buildDE(l lexicon, ph map[string]category) {
	l.add(cNumWord, `zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig vierzig fünfzig sechzig siebzig
achtzig neunzig hundert tausend hunderte tausende zehntausende hunderttausende dutzende dutzend million millionen milliarde
milliarden billion billionen hälfte drittel viertel doppelt verdoppelt dreifach zweimal dreimal beiden`)
	l.add(cUnit, `prozent prozentpunkte euro cent dollar pfund franken rubel yuan tonnen kilometer meter quadratkilometer grad
stunden minuten tage einwohner menschen tote todesopfer opfer verletzte stimmen mio mrd tsd`)
	l.add(cMonth, `januar jänner februar märz april mai juni juli august september oktober november dezember`)
	l.add(cWeekday, `montag dienstag mittwoch donnerstag freitag samstag sonntag wochenende`)
	l.add(cRelDate, `gestern vorgestern damals zuletzt bislang bisher jahrestag jahrhundert jahrzehnt jahrzehnten`)
	l.add(cTimeNoun, `jahr jahres jahren woche monat monats monaten wochen jahrhundert sommer winter herbst frühjahr`)
	l.add(cPastAdj, `letztes letzten letzte vergangenen vergangene vergangenes vorigen voriges vorige`)
	l.add(cEventVerb, `gab gaben kam kamen ging gingen fand fanden stieg stiegen sank sanken fiel fielen nahm nahmen traf trafen
hielt hielten blieb blieben lag lagen stand standen schrieb schrieben rief riefen sprach sprachen zog zogen flog flogen starb
starben wuchs wuchsen verlor verloren gewann gewannen begann begannen beschloss beschlossen verbot verboten unterschrieb
unterschrieben entschied entschieden enthielt enthielten verließ verließen erhielt erhielten schloss schlossen brach brachen
trat traten lief liefen hob hoben floh flohen schlug schlugen wies wiesen bot boten bat baten log logen stahl stahlen
tötete töteten getötet gestorben gestiegen gesunken gefallen gewonnen verloren beschlossen gegeben genommen geschlossen
abgeschafft eingeführt verabschiedet verhaftet festgenommen verurteilt angeklagt gewählt ernannt unterzeichnet
verdoppelt halbiert zerstört besetzt angegriffen erschossen evakuiert`)
	l.add(cSpeech, `sagte sagten sagt sagen erklärte erklärten erklärt betonte betonten betont meinte meinten teilte teilten
schrieb berichtete berichteten bestätigte bestätigten warnte warnten kritisierte kritisierten verwies verwiesen räumte
versicherte behauptete behaupteten behauptet erläuterte ergänzte fügte twitterte kündigte`)
	l.add(cAccording, `laut zufolge gemäß`)
	l.add(cKonj1, `sei seien habe hätten hätte wäre wären werde gebe könne müsse solle wolle`)
	l.add(cStat, `durchschnitt durchschnittlich anteil quote rate statistik umfrage zahl zahlen mehrheit minderheit
anstieg rückgang zuwachs wachstum inflation arbeitslosenquote gestiegen gesunken zugenommen abgenommen verdoppelt
prognose bilanz haushalt defizit umsatz gewinn verlust einnahmen ausgaben kosten budget bevölkerung`)
	l.add(cSuper, `erste ersten erstes erstmals zuerst meisten meiste wenigsten höchste höchsten niedrigste niedrigsten größte
größten kleinste kleinsten längste längsten beste besten schlechteste schlechtesten jüngste jüngsten älteste ältesten rekord
rekordhoch rekordtief allererste einzige einzigen letzte`)
	l.add(cCompar, `mehr weniger höher niedriger größer kleiner stärker schwächer häufiger seltener doppelt verglichen
gegenüber übertraf überholte`)
	l.add(cLegal, `gesetz gesetze gesetzes gericht gerichts urteil urteile verurteilt verurteilung verurteilte angeklagt anklage
verordnung beschluss beschlossen abstimmung abgestimmt stimmten stimmte enthielten enthielt enthaltung resolution vertrag
verträge abkommen sanktionen sanktion verbot verboten verfassung regierung parlament bundestag ministerium behörde behörden
polizei staatsanwaltschaft klage verfahren wahl wahlen gewählt vorschrift vorschriften gesetzlich illegal legal verfassungswidrig
abschaffung eingeführt verabschiedet unterzeichnet ratifiziert generalversammlung sicherheitsrat richter folter
menschenrechte`)
	l.add(cTopic, `steuern steuer arbeitslosigkeit arbeitslose arbeitsplätze jobs löhne lohn rente renten schulden wirtschaft
gesundheit krankenhaus krankenhäuser impfung impfstoff corona pandemie klimawandel klima co2 emissionen energie strom gas
öl migration migranten flüchtlinge asyl einwanderung kriminalität verbrechen mord gewalt krieg militär armee soldaten
waffen bildung schulen armut miete mieten wohnungen inflation preise energiepreise kinderarbeit zwangsarbeit`)
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
	l.add(cEval, `bemerkenswert interessant toll super schön schrecklich furchtbar traurig gut schlecht wunderbar großartig
erstaunlich peinlich lächerlich dumm dummen blöd unglaublich unfassbar krass geil schade witzig echt wirklich skandal
skandalös schwachsinn unsinn quatsch mist traurige widerlich ekelhaft genial herrlich subtilste spannend komplex komplexe
geschickt kreativ idioten idiot vollidiot heuchler lügner verlogen hetze hetzer sozusagen ziemlich`)
	l.add(cDiscourse, `danke hallo hi liebe lieber grüße gruß bitte tja naja ach oh haha lol genau`)
	l.add(cRole, `präsident präsidentin außenminister außenministerin minister ministerin kanzler kanzlerin bundeskanzler
bundeskanzlerin ministerpräsident ministerpräsidentin bürgermeister bürgermeisterin sprecher sprecherin regierungssprecher
regierungssprecherin experte expertin diplomat diplomatin botschafter botschafterin senator senatorin vorsitzende
vorsitzender chef chefin direktor direktorin professor professorin prof dr generalsekretär generalsekretärin premierminister
premierministerin könig königin papst richter richterin staatsanwalt staatsanwältin gouverneur gouverneurin abgeordnete
abgeordneter parteichef parteichefin fraktionschef fraktionschefin analyst analystin ökonom ökonomin forscher forscherin
herr frau präsidenten ministers ministerin ministerpräsidenten kanzlers bundeskanzlers botschafters sprechers
experten diplomaten`)
	l.add(cPronM, `er ihm ihn sein seine seiner seinen`)
	l.add(cPronF, `sie`)
	l.add(cAux, `hat haben hatte hatten ist sind war waren wurde wurden worden habe`)
	l.add(cNotVerb, `letzte letzten gute guten alte alten rechte rechten echte echten weite weiten breite breiten harte harten
bekannte bekannten späte späten private privaten konkrete konkreten direkte direkten mitte beste besten erste ersten
weitere weiteren zweite zweiten dritte dritten bunte bunten gesamte gesamten heute leute beiden bitte satte mittleren
arte mte unte genannten sogenannten geplanten angeblichen bestimmte bestimmten leichte leichten rote roten fette fetten
flachen konnte konnten sollte sollten wollte wollten durfte durften möchte mochte könnte dürfte kosten testen
belasten entlasten leisten rüsten fasten husten`)
	l.add(cVerbSte, `reiste reisten wusste wussten passte passten verpasste erfasste hasste`)
	l.add(cSource, `studie studien quelle quellen bericht berichte statistik daten untersuchung analyse umfrage gutachten
dokument dokumente link`)
	l.add(cDet, `der die das dem den des ein eine einem einen einer`)
	l.add(cStopDE, `der die das und ist nicht ein eine zu den von mit sich des auf für im dem als auch es an werden aus er
hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr durch
man sein wurde sei ich wir ihr auch doch schon wenn dann denn diese dieser`)
	l.add(cNotName, `aber und die der das den dem des ein eine für nach als auch doch denn dann wenn weil sie er es wir ich
seit bei von mit im am in an auf aus zu zum zur über unter vor laut so nicht nur noch schon heute gestern diese dieser
experten diplomaten beobachter kritiker analysten forscher politiker behörden ermittler zeugen medien`)
	addPhrases(l, ph, cOpinion, `meiner meinung, meines erachtens, ich denke, ich glaube, ich finde, ich meine, ich hoffe,
ich fürchte, wir denken, wir glauben, ich bin sicher, ich bin überzeugt, glaube ich, denke ich, finde ich, meine ich`)
	addPhrases(l, ph, cAccording, `nach angaben, zufolge der, berufung auf`)
	addPhrases(l, ph, cCompar, `mehr als, weniger als, so viel, so viele, doppelt so, im vergleich`)
	addPhrases(l, ph, cSuper, `zum ersten, am meisten, noch nie`)
	addPhrases(l, ph, cFuture, `in zukunft`)
	addPhrases(l, ph, cOpinion, `weiß nicht, weiss nicht`)
	addPhrases(l, ph, cStat, `es gibt, gibt es, es gab, gab es`)
}
