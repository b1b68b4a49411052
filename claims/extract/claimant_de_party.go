package extract

// German news write a politician's party, or a body's abbreviation, in
// parentheses right after the name ("Jan Roth (SPD) lehnt … ab", "Eva Kern
// (CDU) hat … angekündigt"). The parenthesis is no part of the clause: the
// subject of a verb right after it is the name before it.

// partySubjectDE returns the person the text knows whose name stands right
// before a parenthesis that closes right before the verb v ("Jan Roth (SPD)
// sieht …"), "" when there is none. Only a clause-opening name counts:
// the name must start the sentence or follow a clause break, an article or
// a title ("Landrat Jan Roth (SPD)").
func (d *docState) partySubjectDE(toks []token, text string, v int, lex lexicon) string {
	p := parenBefore(toks, v)
	if p == v || p < 1 {
		return ""
	}
	who := d.subjectBefore(toks, text, p, true, lex, false)
	if !d.known(who) {
		return ""
	}
	return who
}
