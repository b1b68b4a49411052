package extract

import "strings"

// orgNameEN reports whether an English name ends in a noun that heads
// the names of bodies ("Tax Foundation", "Harbor Institute", "Ohio
// Department of Health", "Department for Business and Trade", "Harbor
// Daily News"): such a name is no person's,
// so "he" or "she" does not refer to it.
// The plural nouns that end the names of firms ("Brightway Home
// Products", "Kessel Industries") keep a first word the text also writes
// before a lower-case word ("Brightway recalls …") from being cut as a
// title (stripTitlesEN).
func orgNameEN(name string) bool {
	w := name[strings.LastIndexByte(name, ' ')+1:]
	if k := strings.Index(name, " of "); k > 0 {
		w = name[strings.LastIndexByte(name[:k], ' ')+1 : k] // "Department of Health"
	} else if k := strings.Index(name, " for "); k > 0 && orgHeadsEN.has(name[strings.LastIndexByte(name[:k], ' ')+1:k]) {
		return true // "Department for Business and Trade"
	}
	return orgHeadsEN.has(strings.TrimSuffix(w, "."))
}

// orgHeadsEN are the words of orgNameEN (a foldSet).
var orgHeadsEN = newFoldSet("foundation", "institute", "institution", "association", "committee",
	"department", "ministry", "agency", "office", "council", "commission", "party", "college",
	"school", "center", "centre", "bank", "company", "corporation", "corp", "inc", "group", "network",
	"service", "services", "administration", "court", "board", "union", "organization", "organisation",
	"society", "federation", "authority", "bureau", "news", "times", "post", "journal", "press", "daily",
	"magazine", "television", "radio", "campaign", "caucus", "coalition", "alliance", "fund", "project",
	"products", "industries", "holdings", "technologies", "pharmaceuticals", "laboratories", "enterprises")

// stripTitlesEN drops the titles before a claimant as chooser.stripTitles
// does (words the text also writes in lower case: "Sheriff Ann Lee" →
// "Ann Lee"), except from the name of a body in English, whose first word
// is often an adjective the text also writes in lower case ("Economic
// Policy Institute", "National Institute of Justice"), also when its head
// noun is a word the text writes in lower case (commonHeadEN), and except
// from a group opened by a quantifier ("Some Harbor Party members",
// quantifiedGroupEN), and except from a name with "of" or "for" after
// its head ("Harbor Workers of Norland", ofBodyNameEN), and except from a
// group whose head noun is written in lower case ("Harbor Patrol agents",
// lowerHeadEN).
func (d *docState) stripTitlesEN(name string) string {
	if d.en && (orgNameEN(name) || d.commonHeadEN(name) || ofBodyNameEN(name) || d.theNamedEN(name) || quantifiedGroupEN(name) || lowerHeadEN(name)) || !d.en && (andBodyNameDE(name) || wholeBodyNameDE(name) || adjectiveNameDE(name)) {
		return name // "Gewerkschaft Erziehung und Wissenschaft": the head noun is no title; "Westmark State Police"; "die Ilse Marwitz GmbH"
	}
	return d.ch.stripTitles(name)
}

// noteBodyEN remembers an English claimant that names a body rather than
// a person: a name with a body's head noun (orgNameEN), or one word the
// text never gives as a person's name ("Huawei", "EgyptAir"), or one
// written before ", which" (whichBodyEN), or one joined by "and" that
// ends in an abstract noun (andBodyNameEN), so that a
// later "the company said" finds it (bodyRefEN). The speaker a
// transcript's turn label names ("VELASQUEZ: …") is a person.
func (d *docState) noteBodyEN(who string) {
	if !d.en || who == "" || strings.IndexByte(who, ';') >= 0 || d.turns.on && who == d.turns.speaker {
		return
	}
	if describedPersonEN(who) {
		return // "A spokesman for the prosecutor's office" is a person, not the office
	}
	if titleWordBodyEN(d.unit.text, who) {
		return // "a memo seen by The Verge": a title, which "the company said" does not take up (claimant_en_titlebody.go)
	}
	if _, person := d.lookup(who); orgNameEN(who) || bodyApposEN(d.unit.toks, d.unit.text, who) || whichBodyEN(d.unit.text, who) || andBodyNameEN(who) || itsBodyEN(d.unit.toks, d.unit.text, who) || d.noteKindNameEN(who) || strings.IndexByte(who, ' ') < 0 && !person && upperFirst(who) && !d.leadNotFirstEN(who) {
		d.lastBodyEN = who
	}
}

// bodyRefEN returns the body the text named last as a claimant when the
// English verb of saying v has a definite description of a body as its
// subject ("the company said", "the airline later said", "the watchdog
// group said"); "" otherwise.
func (d *docState) bodyRefEN(toks []token, v int) string {
	if !bodyDescriptionEN(toks, v) {
		return ""
	}
	return d.lastBodyEN
}

// bodyDescriptionEN reports whether the subject of the English verb of
// saying v is a definite description of a body: "the" and at most three
// lower-case words before a body noun (bodyNounEN) right before the verb
// group ("the regional climate office reported"), the article not after a
// preposition (bodyObjectEN).
func bodyDescriptionEN(toks []token, v int) bool {
	v = verbGroupStartEN(toks, v)
	if v < 2 || !bodyNounEN(toks[v-1].low) || toks[v-1].is(tCap) {
		return false
	}
	for k := v - 2; k >= 0 && v-k <= 4; k-- {
		if toks[k].low == "the" {
			return !bodyObjectEN(toks, k) // not "a spokesman for the ministry"
		}
		if toks[k].flags&(tCap|tPunct) != 0 {
			break
		}
	}
	return false
}

// bodyNounEN reports whether w is an English common noun for a body that
// speaks through statements: a company, a newspaper, a charity, or one of
// the public and representative bodies of publicBodyNounEN (a regulator,
// a union, a ministry; "committee" left out: on training articles one
// unit right-none lost, none gained), and the federations, associations
// and leagues of sport and trade.
func bodyNounEN(w string) bool {
	return foldIn(w, "company", "firm", "newspaper", "paper", "magazine", "network", "broadcaster",
		"airline", "organization", "organisation", "group", "bank",
		"carrier", "manufacturer", "retailer", "automaker", "insurer", "charity", "foundation", "institute",
		"federation", "association", "league") ||
		publicBodyNounEN(w)
}

// commonHeadEN reports whether the last word of the English name of three
// words or more is one the text also writes in lower case: the head noun
// of a body ("Westmark State Police" where the text says "police",
// "Norlandic Cruise Line" where it says "line"), not a person's surname,
// so the words before it are part of the name, not titles.
func (d *docState) commonHeadEN(name string) bool {
	if strings.Count(name, " ") < 2 {
		return false
	}
	last := lastWord(name)
	return upperFirst(last) && d.ch.common.has(strings.ToLower(last))
}
