package extract

// "Whatever Bek said in public, his party …", "A deal doesn't mean
// Lee withdraws everything she said.": a verb of saying inside a clause
// that a free relative or an indefinite pronoun opens ("what",
// "whatever", "everything", "anything", …) has lost its object to that
// word: the clause names what was said, it does not report it, so its
// subject makes no claim in this unit.

// freeRelativeHeadsEN lists the words that open such a clause: the free
// relatives and the indefinite pronouns a relative clause without "that"
// follows (a closed class).
var freeRelativeHeadsEN = map[string]bool{
	"what": true, "whatever": true, "everything": true, "anything": true,
	"something": true, "nothing": true,
}

// namingVerbsEN lists the verbs that name a thing in the speaker's words
// ("what she called", "what he described as").
var namingVerbsEN = map[string]bool{
	"call": true, "calls": true, "called": true, "describe": true, "describes": true,
	"described": true, "term": true, "terms": true, "termed": true, "dub": true,
	"dubs": true, "dubbed": true, "label": true, "labels": true, "labelled": true, "labeled": true,
}

// maxFreeRelativeSubject is the most tokens of the clause's subject
// between the opening word and the verb ("the prime minister").
const maxFreeRelativeSubject = 3

// freeRelativeVerbEN reports whether the English speech verb at v stands
// in a clause opened by a word of freeRelativeHeadsEN at most
// maxFreeRelativeSubject tokens before it, with no punctuation between;
// a naming verb (namingVerbsEN) or a verb before an auxiliary never does.
func freeRelativeVerbEN(toks []token, v int) bool {
	if namingVerbsEN[toks[v].low] || v+1 < len(toks) && toks[v+1].cat&(cAux|cModal) != 0 {
		return false // "what she called …", "what she said is …": her words
	}
	for k := v - 2; k >= 0 && v-k <= maxFreeRelativeSubject+1; k-- {
		if toks[k].is(tPunct) || toks[k+1].is(tPunct) {
			return false
		}
		if freeRelativeHeadsEN[toks[k].low] {
			return true
		}
	}
	return false
}
