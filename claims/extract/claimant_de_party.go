package extract

// German news write a politician's party, or a body's abbreviation, in
// parentheses right after the name ("Jan Roth (SPD) lehnt … ab", "Eva Kern
// (CDU) hat … angekündigt"). The parenthesis is no part of the clause: the
// subject of a verb right after it is the name before it.

// partySubjectDE returns the person the text knows whom subjectBefore
// finds before a short parenthesis (at most four words) that closes right
// before the verb v ("Jan Roth (SPD) sieht …", "Landrat Jan Roth (SPD)
// lehnt … ab"), "" when there is none.
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
