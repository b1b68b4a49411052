package extract

import "strings"

// "Der Chef der Nordbahn, Jan Roth, sagte … Der Chef der Nordbahn kündigte
// … an." A German text names a person once with a role noun and the body
// it belongs to in the genitive, then calls them by that description
// alone. The subject finder reads the description's body ("Nordbahn") or
// the description itself as the speaker; the guide wants the person. The
// holder is noted under the role word and the body as written
// (noteRoleAppositionDE); a later description with the same role word and
// body, or with the role word and one kind noun ("der Präsident des
// Unternehmens"), names the person last noted with that role word.

// roleBodyKeyDE returns the key under which the holder of the role word
// role with the genitive link and body is noted: "@chef der nordbahn".
func roleBodyKeyDE(role, link, body string) string {
	return "@" + strings.ToLower(role+" "+link+" "+body)
}

// roleOfBodyDE returns the person a claimant refers to when the unit
// writes a definite article, perhaps adjectives, a role noun, "der" or
// "des" and the claimant (the body) or the claimant is that whole
// description: the holder noted under the same role word and body, else,
// when the body is one word that names no one in the text (a kind noun:
// "des Unternehmens"), the person last named with the role word; else who.
func (d *docState) roleOfBodyDE(toks []token, text, who string, lex lexicon) string {
	if who == "" || strings.IndexByte(who, ';') >= 0 || len(d.roles) == 0 {
		return who
	}
	for k := 1; k+2 < len(toks); k++ {
		link := toks[k+1].low
		if link != "der" && link != "des" || roleOf(&toks[k], lex) == "" {
			continue
		}
		if a := adjectivesBackDE(toks, k) - 1; a < 0 || toks[a].low != "der" && toks[a].low != "die" {
			continue
		}
		role := text[toks[k].s:toks[k].e]
		body := strings.TrimPrefix(who, role+" "+text[toks[k+1].s:toks[k+1].e]+" ")
		if body == who && !strings.HasPrefix(text[toks[k+2].s:], who) || body == "" {
			continue
		}
		if !strings.HasPrefix(text[toks[k+2].s:], body) {
			continue
		}
		if p := d.roles[roleBodyKeyDE(role, link, body)]; p != "" {
			return p
		}
		if _, named := d.byKey[body]; strings.IndexByte(body, ' ') < 0 && !named {
			if p := d.roles[roleWordKeyDE(toks[k].low)]; p != "" {
				return p
			}
		}
		return who
	}
	return who
}
