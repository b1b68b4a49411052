package extract

import "strings"

// A newspaper prints a reader's letter as a paragraph in the first or
// second person ("Your report claimed …", "I was one of them.") and signs
// it on the line right below with the writer's name and town ("Margaret
// Heaney, Cullington"). The letter's sentences that name no speaker of
// their own are the writer's. A line with a name and a place after a
// paragraph that addresses nobody (a caption's credit, a byline) signs no
// letter.

// maxLetterAhead is how far ahead of a unit its paragraph's end and the
// signature line below it are looked for.
const maxLetterAhead = 2000

// maxSignature is the longest signature line, in bytes.
const maxSignature = 60

// signedLetterEN returns the writer's name when the unit's paragraph (its
// units so far and the rest of its line) holds a word of the first or
// second person and the next line is a signature (signatureEN); ""
// otherwise. It is asked of every English unit, to follow the paragraph.
func (d *docState) signedLetterEN(text string) string {
	d.letterAddress = addressWordEN(text) || d.letterAddress && !d.answer.paraStart
	rest := d.restEN
	if len(rest) > maxLetterAhead {
		rest = rest[:maxLetterAhead]
	}
	nl := strings.IndexByte(rest, '\n')
	if nl < 0 {
		return ""
	}
	line := rest[nl+1:]
	e := strings.IndexByte(line, '\n')
	if e < 0 {
		if len(d.restEN) > len(rest) {
			return "" // the line goes on beyond what was looked at
		}
		e = len(line)
	}
	name := signatureEN(line[:e])
	if name == "" || !d.letterAddress && !addressWordEN(rest[:nl]) {
		return ""
	}
	return name
}

// signatureEN returns the name of a signature line, "Name Surname, Town":
// two or three capitalised words, a comma, one to three capitalised words
// ("upon", "on" and the like between them) and nothing after them; "" for
// any other line.
func signatureEN(line string) string {
	line = strings.TrimSpace(line)
	c := strings.IndexByte(line, ',')
	if len(line) > maxSignature || c < 0 || strings.ContainsAny(line, ".:;!?\"()") {
		return ""
	}
	name, place := line[:c], strings.TrimSpace(line[c+1:])
	nw := strings.Fields(name)
	if len(nw) < 2 || len(nw) > 3 || !allUpperFirst(nw) {
		return ""
	}
	pw := strings.Fields(place)
	if len(pw) < 1 || len(pw) > 4 || !upperFirst(pw[0]) || !upperFirst(pw[len(pw)-1]) || strings.IndexByte(place, ',') >= 0 {
		return ""
	}
	return name
}

// allUpperFirst reports whether every word starts with a capital letter.
func allUpperFirst(ws []string) bool {
	for _, w := range ws {
		if !upperFirst(w) {
			return false
		}
	}
	return true
}

// addressWordEN reports whether s holds a word of the first or second
// person ("I", "my", "we", "us", "our", "you", "your").
func addressWordEN(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !isWordRune(r) && r != '\'' }) {
		switch strings.ToLower(w) {
		case "i", "my", "me", "we", "us", "our", "you", "your":
			return true
		}
	}
	return false
}
