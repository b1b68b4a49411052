package extract

import "strings"

// "according to the Council of the Northern Harbor Towns", "Friends for
// Safer Ferries said": the name of an English body often holds "of" or
// "for" between capitalised words, and the rules that read a run of
// capitalised words stop at the lower-case word, keeping either the words
// before it ("Council") or those after it ("Northern Harbor Towns").

// ofNameEN returns who with the rest of the body's name it was cut from
// in text: the capitalised words before "<head> of (the)" or "<head> for
// (the)" put in front, when the head is a body's noun or a capitalised
// plural ("Workers of Norland" → "Transportation Workers of Norland",
// "Northern Harbor Towns" → "Council of the Northern Harbor Towns"); or, when who
// ends in a body's noun (orgNameEN), the capitalised words after "of
// (the)" or "for" that follow it in text joined to it ("Norland
// Department" → "Norland Department of Ferries"), when those words end
// the capitalised run ("… Council of Harbor Advisers Chair Ann Lee" is
// left alone) and no poll's noun follows (the poll rules read "the Harbor
// Center for Politics poll"). One claimant only; who unchanged otherwise.
func (d *docState) ofNameEN(text, who string) string {
	if who == "" || strings.Contains(who, "; ") || !upperFirst(who) {
		return who
	}
	if w := d.ofLeadEN(text, who); w != "" {
		return w
	}
	if !orgNameEN(who) || strings.Contains(who, " of ") || strings.Contains(who, " for ") {
		return who
	}
	for _, p := range [...]string{" of the ", " of ", " for the ", " for "} {
		k := strings.Index(text, who+p)
		if k < 0 {
			continue
		}
		rest := text[k+len(who)+len(p):]
		if e := capWordsAfter(rest, 4); e > 0 && (e == len(rest) || !upperFirst(strings.TrimLeft(rest[e:], " ")) && !findingNounEN(firstWord(strings.TrimLeft(rest[e:], " ")))) {
			return who + p + rest[:e]
		}
	}
	return who
}

// ofLeadEN returns the body's name who was cut from when text writes
// "<capitalised words> of (the) <who>" or "… for (the) <who>" and the
// word before "of"/"for" is a body's noun or a capitalised plural, or
// "<capitalised words> <who>" when who is such a name itself
// ("Transportation Workers of Norland"), the words before it no
// possessive and no person the text named ("Tom Jones of the Harbor
// Party"); "" when there is none.
func (d *docState) ofLeadEN(text, who string) string {
	for _, p := range [...]string{" of the ", " of ", " for the ", " for ", " "} {
		if p == " " && !ofBodyNameEN(who) {
			break
		}
		k := strings.Index(text, p+who)
		if k < 0 || k+len(p)+len(who) < len(text) && isLetterByte(text[k+len(p)+len(who)]) {
			continue
		}
		s := capWordsBefore(text, k, 4)
		if s == k {
			continue
		}
		if p != " " && !ofHeadWordEN(text[strings.LastIndexByte(text[:k], ' ')+1:k]) || p == " " && possessiveWord(text[s:k]) {
			continue
		}
		if _, person := d.lookup(text[s:k]); person {
			continue
		}
		return text[s:k] + p + who
	}
	return ""
}

// capWordsAfter returns the length of the run of at most max capitalised
// words (joined by single spaces) that opens s, ended by a space, a
// punctuation mark or the end of s; 0 when s opens with no such word.
func capWordsAfter(s string, max int) int {
	end, pos := 0, 0
	for n := 0; n < max && pos < len(s); n++ {
		e := strings.IndexAny(s[pos:], " ,.;:!?”\"()’'")
		if e < 0 {
			e = len(s) - pos
		}
		w := s[pos : pos+e]
		if w == "" || !upperFirst(w) {
			break
		}
		end = pos + e
		if pos+e >= len(s) || s[pos+e] != ' ' {
			break
		}
		pos += e + 1
	}
	return end
}

// isLetterByte reports whether b is an ASCII letter.
func isLetterByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}

// ofHeadWordEN reports whether w, written before "of" or "for" inside a
// capitalised name, heads a body's name: a body's noun ("Council",
// "Center") or a capitalised plural ("Workers", "Citizens").
func ofHeadWordEN(w string) bool {
	return upperFirst(w) && (orgNameEN(w) || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !possessiveWord(w))
}

// ofBodyNameEN reports whether the English name holds " of " or " for "
// right after a word that heads a body's name (ofHeadWordEN): its first
// words are part of it, no titles ("Harbor Workers of Norland" stays
// whole where the text writes "harbor" in lower case; stripTitlesEN).
func ofBodyNameEN(name string) bool {
	k := strings.Index(name, " of ")
	if f := strings.Index(name, " for "); f > 0 && (k < 0 || f < k) {
		k = f
	}
	return k > 0 && ofHeadWordEN(name[strings.LastIndexByte(name[:k], ' ')+1:k])
}
