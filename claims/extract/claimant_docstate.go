package extract

// The state a document's claimant attribution carries from unit to unit
// (claimant_people.go resolves names with it).

// person is someone named in the document.
type person struct {
	name     string
	surname  string
	gender   byte // 'm', 'f' or 0
	named    int  // in how many later units the text named the person by a name of two words or more
	unit     int  // the unit where it was last so named
	opening  bool // English: first named by the opening words of the text's first unit, a line of its own (claimant_en_headlinename.go)
	particle bool // English: named with particles apart ("Gehad el Haddad"; claimant_en_particlename.go), the first name no stray word
}

// docState carries what earlier units said about people, to resolve
// surnames ("Roth"), pronouns ("sagte sie") and roles ("die Ministerin").
// Every look-up is a map access, so a long text costs no more per unit than
// a short one.
type docState struct {
	unit           claimUnit // the unit claimant is attributing (kept here so that it is not allocated per unit)
	caps           []int32   // German: the capitalised words of capsFor, the tokens attribute or claimant reads (claimant_de_caps.go)
	capsFor        []token
	links          *linkPosDE // the link words of the German unit mentions reads (claimant_de_linkpos.go; the work's, or made on first use)
	people         []person
	byKey          map[string]int    // full name and its word-boundary tails → person
	roles          map[string]string // role → full name
	titled         map[string]string // English surname → office and surname, when the text gives no first name ("Obama" → "President Obama")
	theName        map[string]bool   // English: names of three words or more the text writes after a lower-case "the" (noteTheNameEN)
	leadDesc       map[string]bool   // English: claimants "A <role>" given before the text named anyone with the role (claimant_en_leaddesc.go)
	theTitle       map[string]bool   // English: names the text writes after a capitalised "The" inside a sentence ("The Washington Post")
	places         map[string]bool   // English: capitalised runs written after "in", "at", "from"
	descEN         map[string]string // English head noun → the described source ("official" → "a senior U.S. official")
	descs          map[string]string // German noun → its fullest description as a claimant ("Sprecherin" → "Sprecherin des Bezirks")
	lastSpeaker    [3]string         // by gender: 0 unknown, 1 male, 2 female
	speakerEN      [3]string         // English: the last speaker whose name has the form of a person's, by gender
	speakerAt      [3]int            // the unit (units) where speakerEN was set
	lastPerson     [3]string         // last person named, by gender
	prevClaim      string            // the last claimant
	lastBodyEN     string            // English: the last claimant that names a body, for "the company said" (noteBodyEN)
	figuresEN      string            // English: the publisher of the figures a unit named ("figures published by X show"), for "the figures showed" (claimant_en_figures.go)
	docIssuerEN    docIssuers        // English: document noun → the claimant of the unit that last brought it up (noteDocumentsEN)
	docIssuedDE    docIssuersDE      // German: document noun → the body named in the genitive after it (claimant_de_docowner.go)
	unitFirst      string            // the first person named in the current unit
	prevFirst      string            // the first person named in the previous unit
	firstObl       [2]bool           // German: unitFirst, prevFirst named after a preposition ("am Stand von Jens Kolbe"; claimant_de_pronounknown.go)
	firstEN        string            // English: the first person the unit names, also by surname (noteFirstPersonEN)
	prevFirstEN    string            // English: firstEN of the previous unit
	peopleEN       []string          // English: the people the unit names, in order (notePeopleEN)
	prevPeopleEN   []string          // English: peopleEN of the previous unit
	sinceClaim     int               // units since prevClaim was named
	prevLastDE     string            // German: the last person or body the previous unit named (claimant_de_demsubject.go)
	prevGendered   [2]string         // German: the last masculine and feminine person or body the previous unit named (claimant_de_demgender.go)
	docOwnerDE     string            // German: the author of the document the previous unit named, for "Darin heißt es" (claimant_de_darin.go)
	docGenitiveDE  string            // German: the body in the genitive of the document the previous unit named, for "Demnach" (claimant_de_darin.go)
	prevOpenBodyDE string            // German: the body that opened the previous unit as its subject, for "Ein Sprecher sagte" (claimant_de_spokesopening.go)
	rulesCarried   bool              // the rules carried the last unit's claimant over
	ch             chooser           // the learned chooser's entities and candidates
	trace          *claimantTrace    // the candidates of every unit, for fitting; nil normally
	heads          map[string]int    // first word of a name → person, -1 for none or several (byFirst, at the end)
	acronyms       map[string]string // German: short form → the name the text defines it by, "(RKI)" (definedAcronymDE, at the end)
	acronymSrc     []Unit            // the units fullest reads, for acronyms
	before         int               // the people named before the current unit: people[:before]
	en             bool              // the text is English
	absent         wordSets          // the word sets the unit being attributed lacks (absentSets); 0 when not known
	units          int               // units seen so far
	interview      bool              // a unit opened with a speaker's name and a colon ("Ann Lee: …")
	verbBuf        []int             // extraAttrib's result, reused
	beforeEN       [3]string         // English: lastPerson as it stood before the current unit (claimant_en_lastperson.go)
	group          theyGroup         // English: the last group claimed, for "they said" (claimant_en_they.go)
	quotedBuf      []int             // unquotedVerbsEN's result, reused
	openQ          openQuoteEN       // English: a quotation left open by the unit before (claimant_en_openquote.go)
	restEN         string            // the text after the unit being attributed (read ahead by the English headlineColonNameEN and the German letterSpeakerDE)
	letterAddress  bool              // English: the paragraph up to this unit holds a word of the first or second person (claimant_en_letter.go)
	docBefore      string            // the text before the unit being attributed (describedBodyEN reads back)
	bshift         backshiftEN       // English: the reported speech with "would" the unit before gave (claimant_en_backshift.go)
	named          namedDE           // German: the first person the unit and the one before named (claimant_de_named.go)
	pluralSie      pluralSieDE       // German: the last group claimed, for "sagten sie" (claimant_de_pluralsie.go)
	pair           namePairDE        // German: the last two people named together, for "die beiden …" (claimant_de_bothpair.go)
	pub            string            // German: the last journal or paper a publication was named in (claimant_de_publication.go)
	pubAt          int               // the unit pub was named in
	openDE         openQuoteDE       // German: a quotation left open by the unit before (claimant_de_openquote.go)
	answer         answerTurn        // German: the interview answer the current paragraph holds (claimant_de_answer.go)
	protocol       protocolDE        // German: a protocol's person, the text opening with a quotation alone (claimant_de_protocol.go)
	regnal         map[string]string // German: a pope's or a monarch's name → its titled form ("Franziskus" → "Papst Franziskus"; claimant_de_regnal.go)
	qa             qaInterviewEN     // English: a "Q:"/"A:" interview's guest and answer (claimant_en_qa.go)
	qaDE           qaInterviewDE     // German: a "Frage:"/"Antwort:" interview's guest and answer (claimant_de_qa.go)
	speech         speechTurnDE      // German: the speaker of a speech's turn (claimant_de_speech.go)
	release        releaseDE         // German: a press release's issuer (claimant_de_release.go)
	letters        bool              // German: the text reached a page of readers' letters (claimant_de_letters.go)
	turns          transcriptEN      // English: a transcript's turn labels (claimant_en_turnlabel.go)
	post           postHeadEN        // English: a copied thread's post authors (claimant_en_posthead.go)
	hl             highlightsEN      // English: an interview printed as highlights (claimant_en_interviewhighlights.go)
	colonTurn      string            // English: the speaker of the "Ann Lee: …" turn the paragraph holds (claimant_en_colonturn.go)
	colon          colonBlock        // the speaker a unit ending with a colon introduced, for the paragraph after it (claimant_colonblock.go)
	kind           kindNameEN        // English: the body last named after a noun for its kind (claimant_en_kindname.go)
	echo           echoUnitsEN       // English: the last units and their claimants, for a quotation shown again (claimant_en_echo.go)
	openingName    bool              // English: the name being registered opens the text's first unit (claimant_en_headlinename.go)
	openingLine    bool              // the unit being attributed is the text's first and ends its line
	lineAlone      bool              // the unit being attributed ends its line
}
