package extract

import "strings"

// A German subject after its verb of saying may follow an adverbial of
// time or a short adverb ("…“, meldet am Donnerstag Leiter Jan Roth",
// "Das sagte am Mittwoch der Chef des Amts, Jan Roth", "…, sagte zudem
// die Ministerin"): the adverbial is skipped and the subject read as if
// it stood right after the verb.

// afterAdverbialSubjectDE returns the subject after the verb v and the
// adverbials right after it, "" when no adverbial follows v or no
// subject after it.
func (d *docState) afterAdverbialSubjectDE(toks []token, text string, v int, lex lexicon) string {
	k := adverbialEndDE(toks, v+1)
	if k == v+1 || k >= len(toks) {
		return ""
	}
	rest := make([]token, 0, len(toks)-(k-v-1))
	rest = append(append(rest, toks[:v+1]...), toks[k:]...)
	if who := d.nameAt(rest, text, v+1, true, lex, false, false); who != "" {
		return who
	}
	return d.invertedSubjectDE(rest, text, v, lex)
}

// adverbialEndDE returns the end of the adverbials of time and the short
// adverbs that start at token k ("am Mittwoch", "am Sonntagabend",
// "gestern", "zudem"), k when none starts there.
func adverbialEndDE(toks []token, k int) int {
	for k < len(toks) {
		t := &toks[k]
		switch {
		case shortAdverbDE(t.low) || t.cat&cRelDate != 0:
			k++
		case (t.low == "am" || t.low == "vom") && k+1 < len(toks) && weekdayWordDE(toks[k+1].low):
			k += 2
		default:
			return k
		}
	}
	return k
}

// shortAdverbDE reports whether w is a German adverb that stands between a
// verb and its subject in reporting ("sagte zudem der Minister").
func shortAdverbDE(w string) bool {
	switch w {
	case "auch", "zudem", "außerdem", "nun", "jetzt", "heute", "gestern", "bereits", "dann", "weiter",
		"ebenfalls", "daraufhin", "dazu", "damals", "später", "zuvor", "erneut", "jedoch", "aber":
		return true
	}
	return false
}

// weekdayWordDE reports whether w is a weekday, perhaps with a time of
// day ("mittwoch", "sonntagabend").
func weekdayWordDE(w string) bool {
	for _, d := range [...]string{"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"} {
		if strings.HasPrefix(w, d) {
			return true
		}
	}
	return false
}
