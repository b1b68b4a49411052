package extract

import "strings"

// Unnamed groups and bodies as the subject of an English verb of saying:
// "Authorities say …", "City officials say …", "Critics of the plan,
// however, say …", "Several district attorneys in the city have said …".
// The labelling keeps such a described source as the claimant.

// collectiveEN are English collective nouns that name a group in the
// singular ("police said", "the government says").
var collectiveEN = map[string]bool{
	"police": true, "government": true, "administration": true, "military": true, "staff": true,
	"committee": true, "council": true, "court": true, "company": true, "campaign": true, "ministry": true,
	"department": true, "agency": true, "commission": true, "prosecution": true, "defense": true,
	"opposition": true, "party": true, "management": true, "board": true, "panel": true, "union": true,
}

// clauseLeadEN are the words that may open an English clause before its
// subject without belonging to it.
var clauseLeadEN = map[string]bool{
	"but": true, "and": true, "so": true, "yet": true, "still": true, "now": true, "meanwhile": true,
	"also": true, "however": true, "the": true, "while": true, "instead": true,
}

// betweenSubjectVerbEN are the words that may stand between an English
// subject and its verb of saying: "have said", "also say", "now argue";
// groupSubjectEN also skips the adverbs of time and focus of adverbEN
// ("recently told", "later said").
var betweenSubjectVerbEN = map[string]bool{
	"have": true, "has": true, "had": true, "also": true, "now": true, "still": true, "long": true,
	"repeatedly": true, "previously": true, "often": true, "publicly": true, "privately": true, "will": true,
	"would": true, "may": true, "might": true, "could": true, "already": true, "too": true,
}

// groupSubjectEN returns the noun phrase that opens the clause of the
// English verb of saying v when it names an unnamed group or body: its head
// a plural common noun ("officials", "critics of the plan") or a
// collective noun ("police"), at most eight words, no verb (nor a pronoun
// with its verb, "it's": contractionEN), no name of a
// person before the head. Leading conjunctions and "the" go; quantifiers
// stay ("several district attorneys").
func groupSubjectEN(toks []token, v int) (from, to int) {
	e := v
	if a := auxSpeechStartEN(toks, v); a >= 0 {
		e = a // "Officials did not say"
	}
	if negatedVerbEN(toks, v) {
		return -1, -1 // "Officials at the agency did not respond to requests for comment": nothing said
	}
	for e > 0 && (betweenSubjectVerbEN[toks[e-1].low] || adverbEN[toks[e-1].low]) {
		e-- // "have said", "recently told"
	}
	// ", however," / ", though," between subject and verb
	if e >= 3 && toks[e-1].p == ',' && toks[e-2].cat&cNotName != 0 && toks[e-3].p == ',' {
		e -= 3
	}
	e = groupRelativeEndEN(toks, e) // "The town council, which had opposed the plans, said"
	if e == 0 || toks[e-1].low == "and" || toks[e-1].low == "or" {
		return -1, -1 // "the report cited interviews with Lee and said": a second predicate, its subject is the first's
	}
	s := e - 1
	for s > 0 && e-s < 9 {
		p := &toks[s-1]
		if p.is(tPunct) && !(p.p == '.' || p.p == '-') || p.is(tQuote) {
			break
		}
		s--
	}
	sub := false
	if claimVerbPluralEN(toks[v].low) {
		s, sub = subordinateStartEN(toks, s, e) // "a gap that harbor experts say …"
	}
	if s > 0 && toks[s-1].p != ',' && !sub {
		return -1, -1 // not the opening of a clause
	}
	for s < e && (clauseLeadEN[toks[s].low] || asClauseLeadEN(toks, s)) {
		s++ // "But officials say", "…, as officials said"
	}
	if s >= e || insertedExampleEN(toks, s) {
		return -1, -1
	}
	head := -1
	for i := s; i < e; i++ {
		t := &toks[i]
		if t.cat&(cAux|cSpeech|cModal|cPronM|cPronF) != 0 || t.low == "that" || t.low == "who" || t.low == "which" || t.low == "they" || t.low == "it" || contractionEN(t.low) {
			return -1, -1 // a verb: "…, it's in the crime report" (a pronoun with its verb) names no group
		}
		if t.is(tPunct) || t.is(tNum) {
			continue
		}
		if head < 0 && t.is(tCap) && i+1 < e && collectiveEN[toks[i+1].low] {
			continue // "The Sanders campaign said": the name modifies the collective noun, not a plural head
		}
		if head < 0 && (groupNounEN(t, i == s && !commaNameEN(toks, s, e)) || modifiedBodyNounEN(toks, i) || describedPeopleEN(toks, i, e)) {
			head = i
			if collectiveModifierEN(toks, i) {
				head = i + 1 // "board members"
			}
			continue
		}
		if head < 0 && i > s && t.cat&cStopEN != 0 && t.low != "of" {
			return -1, -1 // "the plan of …", "many of them"
		}
		if head >= 0 && i > head && t.cat&cRole != 0 && i+1 < e && capWord(&toks[i+1]) {
			return -1, -1 // "Council of Economic Advisers Chairman Kevin Hassett said": the person the role names
		}
		if head >= 0 && i == head+1 {
			if h := groupTailEN(toks, i, e); h >= 0 {
				head, i = h, h // "rights advocates", "advisers and allies"
				continue
			}
		}
		if head >= 0 && i == head+1 && !(t.low == "of" || t.low == "in" || t.low == "for" || t.low == "from" || t.low == "at" || t.low == "with" || t.low == "familiar" || t.low == "close" || groupPrepEN(toks, i) || groupParticipleEN(toks, i, e) || negatedParticipleEN(toks, i, e)) {
			return -1, -1 // the head must end the phrase or take a complement
		}
	}
	if head < 0 {
		return -1, -1
	}
	return s, e
}

// commaNameEN reports whether the words s to e before a verb of saying are
// one word between two commas ("Tom Alder, who lost his mother, Frances,
// said"): a name in apposition, not a group opening its clause, though
// capitalised and in -s.
func commaNameEN(toks []token, s, e int) bool {
	return s > 0 && e-s == 2 && toks[s-1].p == ',' && toks[e-1].p == ','
}

// groupNounEN reports whether t is the head of a group: a plural common
// noun in lower case (or capitalised as the first word of its clause), or
// a collective noun.
func groupNounEN(t *token, first bool) bool {
	if t.is(tCap) && !first || t.is(tPunct) || t.is(tNum) {
		return false
	}
	if collectiveEN[t.low] {
		return true
	}
	w := t.low
	if len(w) < 4 || w[len(w)-1] != 's' || w[len(w)-2] == 's' || w[len(w)-2] == 'u' || w[len(w)-2] == 'i' {
		return false // "boss", "status", "this"
	}
	return t.cat&(cStopEN|cNotName|cDet|cAux|cSpeech|cModal|cFuture|cRelDate|cTimeNoun) == 0
}

// baseSpeechEN reports whether t is the base form of an English verb of
// saying whose third person the lexicon knows ("say" for "says", "argue"
// for "argues"): the verb of a plural subject, which the lexicon leaves
// out.
func baseSpeechEN(t *token) bool {
	var buf [16]byte
	n := len(t.low)
	if n < 3 || n >= len(buf) || t.is(tCap) || t.is(tPunct) || t.cat != 0 {
		return false
	}
	copy(buf[:], t.low)
	buf[n] = 's'
	return lexEN[string(buf[:n+1])]&cSpeech != 0
}

// pluralGroupEN returns the unnamed group that speaks by a base-form verb
// of saying or of belief (groupOpinionEN) outside quotation marks, not
// after "to" or "of": "Authorities say …", "Critics of the plan argue …",
// "Critics fear …".
func pluralGroupEN(toks []token, text string) string {
	quoted := false
	for i := 1; i < len(toks); i++ {
		t := &toks[i]
		if doubleQuote(t, text) {
			quoted = !quoted
			continue
		}
		if quoted || !baseSpeechEN(t) && !groupOpinionEN(toks, i) || toks[i-1].low == "to" || toks[i-1].low == "of" || baseNounEN(toks, i) {
			continue // "from state to state": the noun (claimant_en_basenoun.go)
		}
		if trailingSayEN(toks, i) {
			continue // "Most voters back the cap, officials say"
		}
		if s, e := groupSubjectEN(toks, i); s >= 0 {
			return text[toks[s].s:toks[e-1].e]
		}
	}
	return ""
}

// accordingPhraseEN returns the source after "according to" (token v is
// "according") when it is no name: a described source in lower case up to
// the end of the clause ("according to newly filed campaign finance
// reports", "according to one person directly familiar with the events"),
// without a leading article; "an analysis by X" gives X.
func accordingPhraseEN(toks []token, text string, v int) string {
	if v+2 >= len(toks) || toks[v+1].low != "to" {
		return ""
	}
	return sourcePhraseEN(toks, text, v+2)
}

// sourcePhraseEN returns the lower-case source phrase from token s to the
// end of its clause, see accordingPhraseEN.
func sourcePhraseEN(toks []token, text string, s int) string {
	for s < len(toks) && toks[s].cat&cDet != 0 {
		s++
	}
	e := s
	for e < len(toks) && e-s < 9 && !(toks[e].is(tPunct) && !gluedPunct(toks, e)) && !toks[e].is(tQuote) {
		if toks[e].low == "by" && e+1 < len(toks) {
			if toks[e+1].is(tCap) || toks[e+1].cat&cDet != 0 && e+2 < len(toks) && toks[e+2].is(tCap) {
				return "" // "an analysis by the Virginia Public Access Project": the name, found by nameAt
			}
			return sourcePhraseEN(toks, text, e+1)
		}
		if toks[e].cat&(cAux|cModal) != 0 || toks[e].low == "that" || toks[e].low == "which" {
			return "" // a clause, not a source
		}
		if e > s && reducedRelativeEN(toks, e) {
			return text[toks[s].s:toks[e-1].e] // "a study published on Friday": "study"
		}
		e++
	}
	if e == s || e-s >= 9 || e < len(toks) && !toks[e].is(tPunct) {
		return ""
	}
	return text[toks[s].s:toks[e-1].e]
}

// roleBeforeEN returns the person the text has named with the role right
// before the English verb of saying v ("…, the sheriff said", "the
// company's spokesman said"), "" if none.
func (d *docState) roleBeforeEN(toks []token, v int, lex lexicon) string {
	if r := roleWordBeforeEN(toks, v, lex); r != "" {
		return d.roles[r] // also "the senator later said"
	}
	return ""
}

// gluedPunct reports whether the punctuation token e stands inside a word
// ("U.S.", "anti-war"): a hyphen or a full stop with a word right after it.
func gluedPunct(toks []token, e int) bool {
	t := &toks[e]
	return (t.p == '-' || t.p == '.') && e+1 < len(toks) && toks[e+1].s == t.e && !toks[e+1].is(tPunct)
}

// cleanClaimants is claimantName for each of several claimants ("A; B"),
// dropping those it leaves empty.
func cleanClaimants(who string) string {
	a, b, ok := strings.Cut(who, "; ")
	if !ok {
		return claimantName(who)
	}
	return joinClaimants(claimantName(a), cleanClaimants(b))
}

// conjoined returns the claimants of a subject of two names joined by
// "und"/"and"/"sowie" before the name at token k ("Edeka und Rewe
// argumentieren", "Janna Albrecht and Jonas Reed said"): "first; name",
// or name alone.
func (d *docState) conjoined(toks []token, text string, k int, de bool, lex lexicon, name string) string {
	if k < 2 || toks[k-1].low != "und" && toks[k-1].low != "and" && toks[k-1].low != "sowie" {
		return name
	}
	j := k - 2
	if !toks[j].is(tCap) || toks[j].is(tPunct) {
		return name
	}
	for j > 0 && k-2-j < 3 && toks[j-1].is(tCap) && !toks[j-1].is(tPunct) && roleOf(&toks[j-1], lex) == "" {
		j--
	}
	if nameRun(toks, j, de) != k-1 {
		return name // not one name that ends before "und"
	}
	first := d.nameAt(toks, text, j, de, lex, true, true)
	if first == "" || first == name {
		return name
	}
	return first + "; " + name
}

// genitivesBefore reports whether the words before the i-th of a name all
// end in s, like German genitives of places ("Sachsen-Anhalts",
// "Kataloniens"); true when there are none.
func genitivesBefore(word func(int) string, i int) bool {
	for k := 0; k < i; k++ {
		if !strings.HasSuffix(word(k), "s") {
			return false
		}
	}
	return true
}

// describedPeopleEN reports whether "people" at i heads a described group:
// a complement follows it ("people familiar with the matter", "people
// close to the mayor", "people working at the plant"). "People" alone
// names no source.
func describedPeopleEN(toks []token, i, e int) bool {
	if toks[i].low != "people" || i+1 >= e {
		return false
	}
	return foldIn(toks[i+1].low, "familiar", "close", "with", "at", "inside", "within") || groupParticipleEN(toks, i+1, e)
}

// negatedParticipleEN reports whether "not" at i and a participle of
// groupParticipleEN after it complement a group's head: "Experts not
// involved in the study said".
func negatedParticipleEN(toks []token, i, e int) bool {
	return toks[i].low == "not" && i+1 < e && groupParticipleEN(toks, i+1, e)
}
