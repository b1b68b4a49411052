package extract

import "strings"

// "Harbor Foods said on Monday that its profit fell … The company said
// …": a name that opens the unit as the subject of a verb of saying whose
// reported clause opens with "its" is a body, not a person, even when its
// words have a person's form ("Harbor Foods"). It is remembered for a
// later "the company said". In "Ann Lee said the company cut its jobs"
// the "its" is the company's: only an "its" right after the verb (a date
// and "that" between them) counts.

// itsBodyEN reports whether who opens the English unit toks (its text
// text) as a name of two or more words and the verb of saying after it
// is followed by "its", only a date, "that" or a comma between them.
func itsBodyEN(toks []token, text, who string) bool {
	if strings.IndexByte(who, ' ') < 0 || !strings.HasPrefix(text, who) || len(text) > len(who) && text[len(who)] != ' ' {
		return false
	}
	v := 0
	for v < len(toks) && (capWord(&toks[v]) || toks[v].p == '.') {
		v++ // the name
	}
	if v >= len(toks) || toks[v].cat&cSpeech == 0 {
		return false
	}
	for k := v + 1; k < len(toks) && k <= v+6; k++ {
		t := &toks[k]
		switch {
		case t.low == "its":
			return true
		case t.p == ',' || foldIn(t.low, "that", "on", "late", "early", "last", "this") || t.cat&(cWeekday|cMonth|cRelDate|cTimeNoun) != 0:
		default:
			return false
		}
	}
	return false
}
