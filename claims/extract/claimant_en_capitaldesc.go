package extract

import "strings"

// "The Department for Work and Pensions announced … The Department also
// confirmed …": a press release, and papers that follow its style, write
// the short description of a body with a capital. One capitalised noun
// for a body after "the" is then no name of its own but the body the
// text named last with that head.

// capitalDescEN returns the body last quoted (lastBodyEN) when who is one
// capitalised noun for a body ("Department", "Council") written after
// "the" in text and the body's head is that noun; who otherwise.
func (d *docState) capitalDescEN(text, who string) string {
	if who == "" || strings.IndexByte(who, ' ') >= 0 || !upperFirst(who) || d.lastBodyEN == "" || d.lastBodyEN == who {
		return who
	}
	low := strings.ToLower(who)
	if !bodyNounEN(low) || !strings.Contains(text, "The "+who) && !strings.Contains(text, "the "+who) {
		return who
	}
	if !headMatchesEN(bodyHeadEN(d.lastBodyEN), low) {
		return who
	}
	return d.lastBodyEN
}
