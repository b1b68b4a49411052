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
// (an apposition between them skipped) is followed by "its" or by "it" as
// the subject of the reported clause ("Halden Health said it had offered
// …": itSubjectEN), only a date, "that" or a comma between them.
func itsBodyEN(toks []token, text, who string) bool {
	if strings.IndexByte(who, ' ') < 0 || !strings.HasPrefix(text, who) || len(text) > len(who) && text[len(who)] != ' ' && text[len(who)] != ',' {
		return false
	}
	v := 0
	for v < len(toks) && (capWord(&toks[v]) || toks[v].p == '.') {
		v++ // the name
	}
	v = appositionSkipEN(toks, v) // "Brenn Logistics, the club's sponsor, said"
	if v >= len(toks) || toks[v].cat&cSpeech == 0 {
		return false
	}
	for k := v + 1; k < len(toks) && k <= v+6; k++ {
		t := &toks[k]
		switch {
		case t.low == "its", itSubjectEN(toks, k):
			return true
		case t.p == ',' || foldIn(t.low, "that", "on", "late", "early", "last", "this") || t.cat&(cWeekday|cMonth|cRelDate|cTimeNoun) != 0:
		default:
			return false
		}
	}
	return false
}

// appositionSkipEN returns the token after the comma that closes an
// apposition opening with a comma at v ("Brenn Logistics, the club's
// main sponsor, said"), at most twelve tokens on; v when there is none.
func appositionSkipEN(toks []token, v int) int {
	if v >= len(toks) || toks[v].p != ',' {
		return v
	}
	for c := v + 1; c < len(toks) && c-v <= 12; c++ {
		if toks[c].p == ',' {
			return c + 1
		}
	}
	return v
}

// itSubjectEN reports whether token k is "it" as the subject of the
// reported clause ("said it had offered a raise", "said it would cut 300
// jobs"), not the empty "it" of "it was", "it is" or "it would be".
func itSubjectEN(toks []token, k int) bool {
	if toks[k].low != "it" || k+1 >= len(toks) {
		return false
	}
	if next := toks[k+1].low; next == "would" || next == "will" {
		return k+2 < len(toks) && lowerWord(&toks[k+2]) && toks[k+2].low != "be" && toks[k+2].low != "not"
	}
	return !foldIn(toks[k+1].low, "was", "is", "'s", "’s", "seemed", "seems")
}
