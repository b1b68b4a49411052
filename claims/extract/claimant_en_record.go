package extract

// A parliament's printed record (Hansard and its like) opens each turn
// with the member's courtesy title and name and, in brackets, the seat and
// often the party ("Mrs Ann Lee (Kelmoor East) (Lab): …"), or with a
// minister's office and the name in brackets ("The Minister for Roads (Mr
// Tom Hale): …"); later turns name the member by title and surname alone
// ("Mr Hale: …"). Such a label at the start of a paragraph names the
// turn's speaker to the paragraph's end (turnSpeakerEN) and shows the text
// a transcript, so the later "Title Surname:" labels are read too
// (caseLabel). News writes a person's name with a bracket before a colon
// hardly ever, and never after a courtesy title.

// maxRecordBracket is the most tokens inside one bracket of a record's
// label (a seat of several words, a party, a title and a name).
const maxRecordBracket = 6

// maxRecordOffice is the most tokens of a minister's office before the
// bracket with the name ("The Parliamentary Under-Secretary of State for
// Transport").
const maxRecordOffice = 12

// recordTitleEN reports whether w, in lower case, is a courtesy title a
// parliament's record writes before a member's name.
func recordTitleEN(w string) bool {
	return courtesyTitleEN(w) || w == "miss" || w == "sir" || w == "dame"
}

// recordLabelEN returns the speaker a parliament's turn label opening the
// unit names (the fullest name the text gave, else the label's name as
// written), "" when the unit opens with none.
func (d *docState) recordLabelEN(toks []token, text string) string {
	if !d.answer.paraStart || len(toks) < 6 {
		return ""
	}
	first, end, colon := memberLabelEN(toks)
	if colon < 0 {
		first, end, colon = officeLabelEN(toks)
	}
	if colon < 0 || !fullStopTurnEN(toks, colon) {
		return ""
	}
	d.turns.on = true
	name := text[toks[first].s:toks[end-1].e]
	d.turns.noteLast(name)
	if i, known := d.byKey[name]; known {
		return d.people[i].name
	}
	return d.turns.labelNameEN(name)
}

// recordNameEN returns the end of a courtesy title's name starting at k
// (the title, its stop if any, one to three capitalised words): first is
// the name's first word, end the token after its last; end is -1 when no
// such name starts at k.
func recordNameEN(toks []token, k int) (first, end int) {
	if k >= len(toks) || !toks[k].is(tCap) || toks[k].is(tPunct) || !recordTitleEN(toks[k].low) {
		return 0, -1
	}
	k++
	if k < len(toks) && toks[k].p == '.' && toks[k].s == toks[k-1].e {
		k++ // "Mr."
	}
	first, end = k, k
	for end < len(toks) && end-first < 3 && toks[end].is(tCap) && !toks[end].is(tPunct) && toks[end].cat&(cDet|cNotName) == 0 {
		end++
	}
	if end == first {
		return 0, -1
	}
	return first, end
}

// bracketEndEN returns the index after the closing bracket of a bracket
// opening at k that holds one to maxRecordBracket tokens and no other
// bracket, -1 when none opens there.
func bracketEndEN(toks []token, k int) int {
	if k >= len(toks) || toks[k].p != '(' {
		return -1
	}
	for m := k + 1; m < len(toks) && m <= k+maxRecordBracket+1; m++ {
		switch toks[m].p {
		case ')':
			if m == k+1 {
				return -1
			}
			return m + 1
		case '(', ':', '.', '?', '!', '"':
			return -1
		}
	}
	return -1
}

// memberLabelEN reads "Mrs Ann Lee (Kelmoor East) (Lab):": a courtesy
// title and a name, one or two brackets, a colon. It returns the name's
// first word, the token after its last and the colon's index (-1 when the
// unit opens with no such label).
func memberLabelEN(toks []token) (first, end, colon int) {
	first, end = recordNameEN(toks, 0)
	if end < 0 {
		return 0, 0, -1
	}
	k := end
	for n := 0; n < 2; n++ {
		b := bracketEndEN(toks, k)
		if b < 0 {
			break
		}
		k = b
	}
	if k == end || k >= len(toks) || toks[k].p != ':' {
		return 0, 0, -1
	}
	return first, end, k
}

// officeLabelEN reads "The Minister for Roads (Mr Tom Hale):": "The", an
// office in capitalised words (with of, for, and, the between them) that
// holds a title of office, a bracket with a courtesy title and a name, a
// colon. It returns as memberLabelEN does.
func officeLabelEN(toks []token) (first, end, colon int) {
	if toks[0].low != "the" {
		return 0, 0, -1
	}
	office := false
	k := 1
	for ; k < len(toks) && k <= maxRecordOffice && toks[k].p != '('; k++ {
		t := &toks[k]
		switch {
		case t.is(tCap) && !t.is(tPunct):
			office = office || titleWordEN(t.low) || t.cat&cRole != 0
		case t.low == "of" || t.low == "for" || t.low == "and" || t.low == "the":
		default:
			return 0, 0, -1
		}
	}
	if !office || k == 1 || k >= len(toks) || toks[k].p != '(' {
		return 0, 0, -1
	}
	first, end = recordNameEN(toks, k+1)
	if end < 0 || end+1 >= len(toks) || toks[end].p != ')' || toks[end+1].p != ':' {
		return 0, 0, -1
	}
	return first, end, end + 1
}
