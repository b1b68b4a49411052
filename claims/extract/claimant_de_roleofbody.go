package extract

import "strings"

// "Der Chef der Nordbahn, Jan Roth, sagte … Der Chef der Nordbahn kündigte
// … an." A German text names a person once with a role noun and the body
// it belongs to in the genitive, then calls them by that description
// alone. The subject finder reads the description's body ("Nordbahn") or
// the description itself as the speaker; the guide wants the person. The
// holder is noted under the role word and the body as written
// (noteRoleAppositionDE); a later description with the same role word and
// body (also a body the description wrote with more words, fullerBodyRoleDE),
// another head's noun and the same body (noteHeadOfBodyDE), or
// with the role word and one kind noun ("der Präsident des
// Unternehmens"), names the person last noted with that role word.

// roleBodyKeyDE returns the key under which the holder of the role word
// role with the genitive link and body is noted: "@chef der nordbahn".
func roleBodyKeyDE(role, link, body string) string {
	return "@" + strings.ToLower(role+" "+link+" "+body)
}

// roleOfBodyDE returns the person a claimant refers to when the unit
// writes a definite article, perhaps adjectives, a role noun (roleOf, or
// a head's noun: headRoleDE), "der" or
// "des" and the claimant (the body) or the claimant is that whole
// description: the holder noted under the same role word and body, else,
// when the body is one word that names no one in the text (a kind noun:
// "des Unternehmens"), the person last named with the role word, else the
// one person noted with that role word and any body; else who.
func (d *docState) roleOfBodyDE(toks []token, text, who string, lex lexicon) string {
	if who == "" || strings.IndexByte(who, ';') >= 0 || len(d.roles) == 0 {
		return who
	}
	for k := 1; k+2 < len(toks); k++ {
		link := toks[k+1].low
		if link != "der" && link != "des" || !capWord(&toks[k]) || roleOf(&toks[k], lex) == "" && !headRoleDE(toks[k].low) {
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
		if p := d.fullerBodyRoleDE(roleBodyKeyDE(role, link, body)); p != "" {
			return p // "Die Leiterin des Gesundheitsamts" after "Die Leiterin des Gesundheitsamts Kreis Nord, Eva Roth,"
		}
		if headRoleDE(toks[k].low) {
			if p := d.roles[headBodyKeyDE(body)]; p != "" {
				return p // "Der Chef der Nordbahn" after "Die Vorstandsvorsitzende der Nordbahn, Eva Roth,"
			}
			if p := d.fullerBodyRoleDE(headBodyKeyDE(body)); p != "" {
				return p
			}
		}
		if _, named := d.byKey[body]; strings.IndexByte(body, ' ') < 0 && !named {
			if p := d.roles[roleWordKeyDE(toks[k].low)]; p != "" {
				return p
			}
			if p := d.fullerBodyRoleDE("@" + strings.ToLower(role)); p != "" {
				return p // "Der Präsident des Unternehmens" after "<Name> ist Präsident der X": the one holder of the role of any body
			}
		}
		return who
	}
	return who
}

// headBodyKeyDE returns the key under which the person named as the head
// of body is noted: "@head nordbahn". The body's first word loses a
// genitive ending (genitiveBaseDE), so "des Verbands X" and "den Verband
// X" ("Roth leitet den Verband X": noteLeadsBodyDE) give one key.
func headBodyKeyDE(body string) string {
	first, rest, _ := strings.Cut(body, " ")
	return strings.TrimSpace("@head " + strings.ToLower(genitiveBaseDE(first)+" "+rest))
}

// headRoleDE reports whether the lower-case noun w names the head of a
// body: it holds a noun of leading (closed class: "chef", "leiter",
// "vorsitzend", "präsident", "direktor", "geschäftsführer"), in any form
// or compound ("Vorstandsvorsitzenden", "Konzernchefin").
func headRoleDE(w string) bool {
	for _, h := range [...]string{"chef", "leiter", "vorsitzend", "präsident", "direktor", "geschäftsführer"} {
		if strings.Contains(w, h) {
			return true
		}
	}
	return false
}

// noteHeadOfBodyDE notes, for each noun of a head (headRoleDE) after an
// article (and adjectives) followed by "der" or "des", a body of up to
// four words, a comma and a name of two words or more, the name as the
// head of that body ("Der Vorstandsvorsitzende der Nordbahn, Jan Roth,").
// derDes are the places of "der" and "des" in toks (linkPosDE).
func (d *docState) noteHeadOfBodyDE(toks []token, text string, lex lexicon, derDes []int) {
	for _, g := range derDes {
		k := g - 1
		if k < 1 || k+3 >= len(toks) || !capWord(&toks[k]) || !headRoleDE(toks[k].low) {
			continue
		}
		if a := adjectivesBackDE(toks, k) - 1; a < 0 || toks[a].cat&cDet == 0 {
			continue
		}
		if end, name := d.genitiveAppositionDE(toks, text, k, lex); name != "" {
			d.noteRole(headBodyKeyDE(text[toks[k+2].s:toks[end-1].e]), name)
		}
	}
}

// fullerBodyRoleDE returns the one person noted under a key that is key
// followed by more words of the body's name ("@leiterin des
// gesundheitsamts kreis nord" for "@leiterin des gesundheitsamts"); ""
// when none or several are.
func (d *docState) fullerBodyRoleDE(key string) string {
	found := ""
	for k, p := range d.roles {
		if len(k) > len(key) && k[len(key)] == ' ' && strings.HasPrefix(k, key) {
			if found != "" && found != p {
				return ""
			}
			found = p
		}
	}
	return found
}

// genitiveAppositionDE reads a role noun at k, its genitive body after
// "des"/"der" at k+1 (up to four more words, no punctuation) and the name
// in an apposition after the comma that closes it ("die Chefin der
// Kammer, Eva Roth,"): the comma's index and the name, else "".
func (d *docState) genitiveAppositionDE(toks []token, text string, k int, lex lexicon) (end int, name string) {
	end = k + 2
	for end < len(toks) && end-k <= 5 && !toks[end].is(tPunct) {
		end++
	}
	if end >= len(toks) || toks[end].p != ',' || end == k+2 {
		return end, ""
	}
	return end, d.appositionNameDE(toks, text, end, lex)
}
