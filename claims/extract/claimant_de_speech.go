package extract

import "strings"

// A speech pasted from a parliament's record names its speaker on a line
// of its own before the turn: the name, often after an office and before
// the party in parentheses or an office after a comma, and a colon
// ("Jonas Roth (SPD):", "Vizepräsidentin Eva Kühn:", "Eva Kühn,
// Bundesministerin der Finanzen:"), or runs the turn on after the label
// with the party ("Jonas Roth (SPD): Die Mieten steigen."). An excerpt names the speaker in its
// heading instead ("Aus der Rede des Abgeordneten Jonas Roth im
// Landtag"). The turn's units are the speaker's (the record prints no
// quotation marks) to the next such line, but a heading and an
// interjection in parentheses („(Beifall bei der SPD)“), unless the rules
// found a speaker of the unit's own. After a heading, which may open a
// report on the speech as well, the turn begins with its first unit in the
// first person.

// speechTurnDE is the speaker of the turn the text is in.
type speechTurnDE struct {
	who  string // the speaker the last label line or the heading named
	body bool   // the speaker's words began: a label line, or a first-person unit after the heading
}

// speechNounsDE are nouns that name a speech in an excerpt's heading.
var speechNounsDE = map[string]bool{
	"rede": true, "ansprache": true, "regierungserklärung": true, "redeauszug": true, "redebeitrag": true, "plenarrede": true,
}

// speechLabelDE returns the person a line of its own names before a
// colon that ends it ("Jonas Roth (SPD):"): the first person the unit
// names in full (speechPersonDE), standing before any parenthesis or comma
// of the unit;
// "" when the unit is no such line.
func (d *docState) speechLabelDE(toks []token, text string) string {
	n := len(toks)
	if !d.answer.paraStart || !d.lineAlone || n < 3 || n > 16 || toks[n-1].p != ':' {
		return ""
	}
	p := d.speechPersonDE()
	if p == "" {
		return ""
	}
	i := strings.Index(text, p)
	if i < 0 || strings.ContainsAny(text[:i], "(,:") || !labelTailDE(toks, text, i+len(p)) {
		return ""
	}
	return p
}

// labelTailDE reports whether what follows the name at text[end:] fits a
// record's label: the colon, the party in parentheses, or a comma and an
// office that opens with a capital ("Eva Kühn, Bundesministerin der
// Finanzen:"). A verb ("Eva Kühn erklärt dazu:") or a relative clause
// ("Eva Kühn, die verhandelt hat, ergänzt:") after the name makes the line
// a lead-in to a quotation, whose speaker's turn ends with the quotation.
func labelTailDE(toks []token, text string, end int) bool {
	k := 0
	for k < len(toks) && toks[k].s < end {
		k++
	}
	if k >= len(toks) {
		return true
	}
	switch toks[k].p {
	case '(', ':':
		return true
	case ',':
		return k+1 < len(toks) && capWord(&toks[k+1])
	}
	return false
}

// inlineLabelDE returns the person a turn's label names when the record
// runs the turn on after it, on the label's line: a paragraph that opens
// with a person named in full (speechPersonDE), the party in parentheses
// and a colon, and two tokens or more after the colon ("Jonas Roth
// (SPD): Die Mieten steigen."); "" otherwise.
func (d *docState) inlineLabelDE(toks []token, text string) string {
	if !d.answer.paraStart || len(toks) < 6 || !capWord(&toks[0]) {
		return ""
	}
	k := 1
	for k < len(toks) && k < 8 && toks[k].p != '(' {
		k++
	}
	c := k + 1
	for c < len(toks) && c < k+8 && toks[c].p != ')' {
		c++
	}
	if k >= len(toks) || toks[k].p != '(' || c+3 >= len(toks) || toks[c].p != ')' || toks[c+1].p != ':' {
		return ""
	}
	p := d.speechPersonDE()
	if p == "" || !strings.HasSuffix(strings.TrimRight(text[:toks[k].s], " "), p) || strings.ContainsAny(text[:toks[k].s], ",:") {
		return ""
	}
	return p
}

// speechPersonDE returns the first person the unit names in full
// (unitFirst) when the name has the form of a person's (personLikeDE,
// fullNameShapeDE), not of a noun phrase ("Klinische Phasen:", a
// subheading before a colon); "".
func (d *docState) speechPersonDE() string {
	p := d.unitFirst
	if p == "" || strings.IndexByte(p, ' ') < 0 || !plainName(p) || !d.personLikeDE(p) || !fullNameShapeDE(p) {
		return ""
	}
	return p
}

// speechHeadingDE returns the person an opening heading names as the
// speaker of a speech ("Auszug aus der Rede des Abgeordneten Jonas Roth
// (SPD)"): a heading among the text's first three units with a noun of
// speechNounsDE and a person named in full after it; "".
func (d *docState) speechHeadingDE(toks []token, text string, heading bool) string {
	if !heading || d.units > 3 {
		return ""
	}
	noun := -1
	for i := range toks {
		if speechNounsDE[toks[i].low] {
			noun = i // the first; most headings have none, and then no person is looked for
			break
		}
	}
	if noun < 0 {
		return ""
	}
	p := d.speechPersonDE()
	if p == "" || toks[noun].e > strings.Index(text, p) {
		return ""
	}
	return p
}

// speechSpeakerDE returns who and carried unchanged, except that a unit of
// a speech's turn gets the turn's speaker (carried) when it has no speaker
// of its own or only one carried over, is not quoted, is no heading and
// no interjection in parentheses, and is in the first person or the
// speaker's words began. A label line or an opening heading starts a turn
// (and has no claimant itself); a label the turn runs on after starts one
// with its own unit.
func (d *docState) speechSpeakerDE(toks []token, text, who string, carried, firstPerson, quoted, heading bool) (string, bool) {
	t := &d.speech
	if p := d.speechLabelDE(toks, text); p != "" {
		*t = speechTurnDE{who: p, body: true} // the record's turn is the speaker's throughout
		return who, carried
	}
	if p := d.officeLabelDE(toks, text, heading); p != "" {
		*t = speechTurnDE{who: p, body: true}
		return p, true // "Präsidentin Dr. Eva Kühn: Das Wort hat Jonas Roth.": the label's words, whoever they name (claimant_de_officelabel.go)
	}
	if p := d.inlineLabelDE(toks, text); p != "" {
		*t = speechTurnDE{who: p, body: true}
		if who == "" || carried {
			return p, true // "Jonas Roth (SPD): Die Mieten steigen.": the unit is the turn's first
		}
		return who, carried
	}
	if p := d.speechHeadingDE(toks, text, heading); p != "" && t.who == "" {
		*t = speechTurnDE{who: p}
		return who, carried
	}
	if t.who == "" || who != "" && !carried || quoted || heading || interjectionDE(toks) {
		return who, carried
	}
	if !firstPerson && !t.body {
		return who, carried
	}
	t.body = true
	return t.who, true
}

// interjectionDE reports whether the unit is one parenthesis, as a
// parliament's record prints applause and heckles: „(Beifall bei der
// SPD)“.
func interjectionDE(toks []token) bool {
	n := len(toks)
	return n >= 2 && toks[0].p == '(' && toks[n-1].p == ')'
}
