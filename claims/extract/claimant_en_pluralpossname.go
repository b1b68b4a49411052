package extract

import "strings"

// "The Ashbourne Students' Union said …", "the Transport and Allied
// Workers' Union said …": a body's name that holds a plural in the
// possessive. The apostrophe ends the run of capitalised words the
// subject rules read, so the claimant keeps only the part before it
// ("Ashbourne Students") or after it ("Union"). Where every mention of
// that part in the unit stands beside the apostrophe and capitalised
// words on its other side, the whole name is the claimant.

// pluralPossNameEN returns who widened over a plural possessive inside a
// body's name (pluralPossAfterEN, pluralPossBeforeEN) when the name ends
// with a noun for a body; who unchanged otherwise, and for several
// claimants.
func pluralPossNameEN(text, who string) string {
	if who == "" || strings.Contains(who, "; ") || !upperFirst(who) {
		return who
	}
	if w := pluralPossAfterEN(text, who); w != "" && bodyHeadWordEN(lastWord(w)) {
		return w
	}
	if w := pluralPossBeforeEN(text, who); w != "" && bodyHeadWordEN(lastWord(w)) {
		return w
	}
	return who
}

// bodyHeadWordEN reports whether w, the last word of a name, is a noun
// that heads a body's name ("Union", "Alliance", "Federation"): a person
// after a party's plural ("the Democrats' Ann Lee") is no body.
func bodyHeadWordEN(w string) bool {
	return bodyNounEN(w) || foldIn(w, "alliance", "forum", "coalition", "party", "society", "guild",
		"committee", "congress", "assembly", "partnership", "consortium", "movement", "campaign", "chamber")
}

// pluralPossAfterEN returns who joined to "' " and the one to three
// capitalised words after it, when who ends in "s" and each of its
// mentions in text is so followed ("Ashbourne Students' Union"); "" otherwise.
func pluralPossAfterEN(text, who string) string {
	if !strings.HasSuffix(who, "s") {
		return ""
	}
	return sameAtEachMention(text, who, func(i int) string {
		rest := text[i+len(who):]
		ap := possApostropheLen(rest)
		if ap == 0 || rest[ap] != ' ' {
			return ""
		}
		n := capWordsSpan(rest[ap+1:], 3)
		if n == 0 {
			return ""
		}
		return who + rest[:ap+1+n]
	})
}

// sameAtEachMention returns the name nameAt gives for every mention of who
// in text (nameAt gets the mention's byte offset), when it gives the same
// non-empty name for each; "" otherwise.
func sameAtEachMention(text, who string, nameAt func(i int) string) string {
	full := ""
	for k := 0; ; {
		i := strings.Index(text[k:], who)
		if i < 0 {
			return full
		}
		i += k
		name := nameAt(i)
		if name == "" || full != "" && full != name {
			return ""
		}
		full = name
		k = i + len(who)
	}
}

// pluralPossBeforeEN returns the capitalised words before "s' " joined to
// who, when each mention of who in text follows such a plural
// possessive ("Transport and Allied Workers' Union"); "and", "of", "for"
// and "&" may stand between the words, an opening "The" is left out; ""
// otherwise.
func pluralPossBeforeEN(text, who string) string {
	return sameAtEachMention(text, who, func(i int) string {
		if i > 0 && i+len(who) < len(text) && isLetterByte(text[i+len(who)]) {
			return "" // inside a longer word
		}
		head := strings.TrimSuffix(text[:i], " ")
		if len(head) == i {
			return ""
		}
		ap := 0
		switch {
		case strings.HasSuffix(head, "'"):
			ap = 1
		case strings.HasSuffix(head, "’"):
			ap = len("’")
		}
		if ap == 0 || !strings.HasSuffix(head[:len(head)-ap], "s") {
			return ""
		}
		s := capWordsStartBefore(head[:len(head)-ap])
		if s < 0 {
			return ""
		}
		return text[s:i] + who
	})
}

// possApostropheLen returns the length of a possessive apostrophe that
// opens s ("'" or "’"), 0 when none does or nothing follows it.
func possApostropheLen(s string) int {
	switch {
	case strings.HasPrefix(s, "'") && len(s) > 1:
		return 1
	case strings.HasPrefix(s, "’") && len(s) > len("’"):
		return len("’")
	}
	return 0
}

// capWordsSpan returns the bytes of the one to max capitalised words that
// open s, up to the last of them; 0 when s opens with no capitalised word.
func capWordsSpan(s string, max int) int {
	n, end := 0, 0
	for words := 0; words < max; words++ {
		w := s[n:]
		if e := strings.IndexAny(w, " ,.;:!?”\")"); e >= 0 {
			w = w[:e]
		}
		if w == "" || !upperFirst(w) || !isLetterByte(w[len(w)-1]) {
			break
		}
		end = n + len(w)
		if end >= len(s) || s[end] != ' ' {
			break
		}
		n = end + 1
	}
	return end
}

// capWordsStartBefore returns where the run of capitalised words ending s
// starts ("and", "of", "for" and "&" allowed between them, an opening
// "The" left out); -1 when s does not end with a capitalised word.
func capWordsStartBefore(s string) int {
	start := -1
	for e := len(s); e > 0; {
		b := strings.LastIndexByte(s[:e], ' ') + 1
		w := s[b:e]
		switch {
		case w == "The" || w == "the":
			return start
		case upperFirst(w) && isLetterByte(w[len(w)-1]):
			start = b
		case start >= 0 && (w == "and" || w == "of" || w == "for" || w == "&"):
		default:
			return start
		}
		if b == 0 {
			break
		}
		e = b - 1
	}
	return start
}
