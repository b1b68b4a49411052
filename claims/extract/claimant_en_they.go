package extract

import "strings"

// "They" as the subject of a verb of saying refers back to a plural
// speaker: "Experts doubt the plan will work. … It would cost more, they
// said." The person pronouns he and she have their own resolution; for
// "they" the last claimant that names an unnamed group ("experts", "Harbor
// officials", "Democrats"), named at most three units before, speaks.

// theyGroup is the last English claimant that names an unnamed group.
type theyGroup struct {
	name string
	unit int // d.units when it was the claimant
}

// noteGroupEN remembers who when it names an unnamed group: its last word
// a plural in lower case ("officials", "Harbor officials", "some
// critics"), or a single capitalised plural the text knows as nobody's
// name ("Democrats"), not one in "-as", "-os" or "-us" (nameEndingEN).
func (d *docState) noteGroupEN(who string) {
	if !d.en || who == "" || strings.IndexByte(who, ';') >= 0 {
		return
	}
	last := who[strings.LastIndexByte(who, ' ')+1:]
	if len(last) < 4 || last[len(last)-1] != 's' || strings.HasSuffix(last, "ss") {
		return
	}
	if upperFirst(last) {
		if _, person := d.lookup(who); person || last != who || allCaps(last) || nameEndingEN(last) {
			return
		}
	}
	d.group = theyGroup{who, d.units}
}

// isGroupEN reports whether who is the group noteGroupEN took from the
// current unit ("Critics say …"): a group is nobody's "he" or "she", nor
// the person an epithet ("the mayor said") refers to.
func (d *docState) isGroupEN(who string) bool {
	return d.group.name == who && d.group.unit == d.units
}

// theyGroupEN returns the group last claimed, named at most three units
// before, when "they" outside quotation marks and outside a relative
// clause is the subject of a verb of saying in the unit ("they said",
// "they also argue"; not "agreed to", an act); "" otherwise.
func (d *docState) theyGroupEN(toks []token, text string) string {
	if d.group.name == "" || d.units-d.group.unit > 3 {
		return ""
	}
	if unquotedIndex(toks, text, func(i int) bool { return theySpeakEN(toks, i) }) < 0 {
		return ""
	}
	return d.group.name
}

// theySpeakEN reports whether token i is "they" as the subject of a verb
// of saying or of belief with a complement (groupOpinionEN: "they worry
// that …"), perhaps after one or two adverbs ("they also said"), outside
// a relative clause ("a system that they say fails") and not before "to"
// ("they agreed to", an act).
func theySpeakEN(toks []token, i int) bool {
	if toks[i].low != "they" || i > 0 && foldIn(toks[i-1].low, "that", "which", "who", "what") {
		return false
	}
	k := i + 1
	for k < len(toks) && k-i < 3 && adverbEN[toks[k].low] {
		k++
	}
	return k < len(toks) && !toks[k].is(tCap) && (toks[k].cat&cSpeech != 0 || baseSpeechEN(&toks[k]) || groupOpinionEN(toks, k)) && (k+1 >= len(toks) || toks[k+1].low != "to")
}
