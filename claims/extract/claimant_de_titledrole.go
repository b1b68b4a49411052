package extract

import "strings"

// A German heading often names a person by office alone before the text
// gives the name with it: "Kanzleramtsminister warnt vor Reisen" |
// "Kanzleramtsminister Helge Braun (CDU) hat …"; "Berlins
// Wirtschaftssenatorin will …" | "Wirtschaftssenatorin Ramona Pop". The
// guide wants the person's fullest name, so once the text is read, such a
// claimant is the person the text named right after the same noun.

// titledRoleDE returns the full name of the person the text named right
// after the noun c ("Kanzleramtsminister Helge Braun": noteTitledNameDE,
// noteRoleWordDE) when the claimant is that noun alone, perhaps after a
// place in the genitive ("Berlins Wirtschaftssenatorin"), and not in "-en"
// (a plural: "Abgeordneten"); else c.
func (d *docState) titledRoleDE(c string) string {
	noun := c
	if k := strings.IndexByte(c, ' '); k > 0 {
		if strings.IndexByte(c[k+1:], ' ') >= 0 || !strings.HasSuffix(c[:k], "s") || !upperFirst(c) {
			return c // not "Berlins Wirtschaftssenatorin"
		}
		noun = c[k+1:]
	}
	if !upperFirst(noun) || strings.IndexByte(c, ';') >= 0 || d.known(c) || strings.HasSuffix(noun, "en") {
		return c // "Die Abgeordneten kritisierten …": a plural, not the one person named with it
	}
	whole, _ := titledStemsDE(strings.ToLower(noun))
	if p := d.roles["#"+whole]; strings.IndexByte(p, ' ') > 0 {
		return p
	}
	return c
}
