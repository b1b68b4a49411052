package extract

import "strings"

// A date is never a claimant: "Last March, the council said …" names the
// council, not "Last March"; "Letzten Dienstag kündigte die Stadt an" the
// town. claimantName drops a name made only of date words (months,
// weekdays, nouns of time, adverbs of time beside them), the words that place them in time
// ("last", "letzten", "Anfang") and day numbers; a German sentence opening
// with such a date has its subject after the verb (vorfeldSubjectDE).

// dateModifiers are the English and German words that place a date word in
// time, in lower case.
var dateModifiers = map[string]bool{
	"last": true, "next": true, "this": true, "past": true, "early": true, "earlier": true, "late": true,
	"later": true, "mid": true, "each": true, "every": true, "that": true, "on": true, "in": true,
	"since": true, "until": true, "by": true, "the": true, "of": true,
	"letzten": true, "letzte": true, "letzter": true, "letztes": true, "vergangenen": true, "vergangene": true,
	"vergangener": true, "vergangenes": true, "vorigen": true, "vorige": true, "voriges": true, "kommenden": true,
	"kommende": true, "nächsten": true, "nächste": true, "diesen": true, "diese": true, "dieses": true,
	"dieser": true, "jeden": true, "jede": true, "anfang": true, "ende": true, "mitte": true, "im": true,
	"am": true, "seit": true, "bis": true, "des": true, "der": true, "frühen": true, "späten": true,
}

// dateOnlyName reports whether every word of who is a date word, a word
// placing one in time or a day number, with at least one date word and one
// placing word or number ("Last March", "Ende des Monats", "5. Mai").
func dateOnlyName(who string) bool {
	date, placed := false, false
	for w := range strings.FieldsSeq(who) {
		if !dateSpanWord(w, &date, &placed) {
			return false
		}
	}
	return date && placed
}

// dateOnlySpan is dateOnlyName for the tokens i to end (exclusive): a
// German opening "Letzten Dienstag" is no subject before the verb.
func dateOnlySpan(toks []token, i, end int) bool {
	date, placed := false, false
	for k := i; k < end; k++ {
		if !dateSpanWord(toks[k].low, &date, &placed) {
			return false
		}
	}
	return date && placed
}

// dateSpanWord reports whether w may stand in a date. It sets *date when w
// is a month, a weekday or a noun of time ("Woche", "year"), and *placed
// when it is a word placing it in time or a day number. An adverb of time
// ("bislang", "yesterday") may stand in a date but makes none alone
// ("Bislang schreibt das Gesetz … vor"); date words alone may be a name
// ("Jan Sommer", "April Winter"), so a date needs a placing word too; a
// German compound of a noun of time and a point of it ("Monatsende") is
// both.
//
// The word is lowered once for the three look-ups that want it in lower
// case (wordCategory, dateModifierWord, timeCompoundDE would each lower it
// again): lowerShortWord, as they do, for a word of up to 32 bytes;
// TestDateSpanWord compares this with the three functions.
func dateSpanWord(w string, date, placed *bool) bool {
	var buf [32]byte
	low, short := lowerShortWord(&buf, w)
	if !short {
		return dateSpanWordLong(w, date, placed)
	}
	switch c := lowCategory(low); {
	case dayNumber(w) || len(w) <= 16 && dateModifiers[low]: // dateModifierWord
		*placed = true
		return true
	case timeCompoundLowDE(low): // "Monatsende": a noun of time and the point placing it (claimant_de_timecompound.go)
		*date, *placed = true, true
		return true
	case c&(cMonth|cWeekday|cTimeNoun) != 0:
		*date = true
		return true
	case c&cRelDate != 0:
		return true
	}
	return false
}

// dateSpanWordLong is dateSpanWord for a word longer than 32 bytes, which
// is no modifier and no compound of timeCompoundDE.
func dateSpanWordLong(w string, date, placed *bool) bool {
	switch c := wordCategory(w); {
	case dayNumber(w):
		*placed = true
		return true
	case c&(cMonth|cWeekday|cTimeNoun) != 0:
		*date = true
		return true
	case c&cRelDate != 0:
		return true
	}
	return false
}

// dateModifierWord reports whether w, in any case, is one of dateModifiers;
// it lower-cases on the stack.
func dateModifierWord(w string) bool {
	var buf [16]byte
	if len(w) > len(buf) {
		return false
	}
	return dateModifiers[string(appendLower(buf[:0], w))]
}

// dayNumber reports whether w is a number of one or two digits, perhaps
// with a full stop or comma after it ("5.", "12,").
func dayNumber(w string) bool {
	w = strings.TrimRight(w, ".,")
	if len(w) == 0 || len(w) > 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// dropPossessiveDate cuts a date in the possessive that opens a name:
// "Wednesday's Quinnipiac" is Quinnipiac.
func dropPossessiveDate(who string) string {
	first, rest, ok := strings.Cut(who, " ")
	if !ok || rest == "" {
		return who
	}
	for _, s := range [...]string{"'s", "’s"} {
		if w, ok := strings.CutSuffix(first, s); ok && dateWord(w) {
			return rest
		}
	}
	return who
}

// undatedName is who without a date in the possessive before it, and ""
// if it is a date: for the names claimantName cleans, and for whatever rule
// named the unit's claimant (claimant, fullestUnit).
func undatedName(who string) string {
	if who == "" {
		return ""
	}
	if who = dropPossessiveDate(who); dateOnlyName(who) {
		return ""
	}
	return who
}
