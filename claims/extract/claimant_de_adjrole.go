package extract

import "strings"

// "Der Bericht der Wehrbeauftragten Eva Roth liegt vor. … Die
// Wehrbeauftragte sagte, …" A German noun made from an adjective or
// participle ("Beauftragte", "Abgeordnete", "Vorsitzende") is no role of
// the lexicon, so a person the text names with it, in any case, is not
// noted as its holder, and the later description alone was taken as the
// claimant. The person is noted under the noun's nominative singular
// (noteAdjectivalRoleDE); a later definite singular description of one
// such noun names them (adjectivalHolderDE).

// adjectivalRoleKeyDE returns the key under which the holder of the
// adjectival noun low (lower case, any case form) is noted, "" when low
// is no such noun: "wehrbeauftragten" and "wehrbeauftragte" give
// "%wehrbeauftragte".
func adjectivalRoleKeyDE(low string) string {
	if stem := adjectivalRoleStemDE(low); stem != "" {
		return "%" + stem
	}
	return ""
}

// adjectivalRoleStemDE returns the key of adjectivalRoleKeyDE without its
// "%" (the noun's nominative singular, a part of low), "" when low is no
// such noun: the loops over every word test it without building a key.
func adjectivalRoleStemDE(low string) string {
	if strings.HasSuffix(low, "ten") || strings.HasSuffix(low, "nden") ||
		strings.HasSuffix(low, "igen") || strings.HasSuffix(low, "lichen") {
		low = low[:len(low)-1] // "Wehrbeauftragten", "Vorsitzenden"
	}
	if len(low) < 7 || strings.IndexByte(low, '-') >= 0 {
		return ""
	}
	for _, suf := range [...]string{"ende", "te", "ige", "liche"} {
		if strings.HasSuffix(low, suf) {
			return low
		}
	}
	return ""
}

// noteAdjectivalRoleDE notes, for each capitalised adjectival noun after an
// article and right before a person's full name the text registered
// ("der Wehrbeauftragten Eva Roth", "des Abgeordneten Jan Kolbe"), the
// name as the holder of that noun.
func (d *docState) noteAdjectivalRoleDE(toks []token, text string) {
	for _, c := range d.capsOf(toks) {
		n := int(c)
		if n < 1 || n+2 >= len(toks) || toks[n-1].cat&cDet == 0 || !capWord(&toks[n+1]) || !capWord(&toks[n+2]) {
			continue
		}
		stem := adjectivalRoleStemDE(toks[n].low)
		if stem == "" {
			continue
		}
		for e := n + 3; e >= n+2; e-- {
			if e >= len(toks) || !capWord(&toks[e]) {
				continue
			}
			name := text[toks[n+1].s:toks[e].e]
			if _, ok := d.byKey[name]; ok && strings.IndexByte(name, ' ') > 0 {
				d.noteRole("%"+stem, name)
				break
			}
		}
	}
}

// noteAdjectivalAppositionDE notes, for each capitalised adjectival noun
// in the nominative after an article followed by "des" or "der", a body
// of up to four words, a comma and a name of two words or more, the name
// as the holder of that noun ("Die Wehrbeauftragte des Bundestages, Eva
// Roth,"). derDes are the places of "der" and "des" in toks (linkPosDE).
func (d *docState) noteAdjectivalAppositionDE(toks []token, text string, lex lexicon, derDes []int) {
	for _, g := range derDes {
		n := g - 1
		if n < 1 || n+3 >= len(toks) || toks[n-1].cat&cDet == 0 || !capWord(&toks[n]) {
			continue
		}
		if stem := adjectivalRoleStemDE(toks[n].low); stem == "" || stem != toks[n].low {
			continue // no such noun, or not in the nominative
		}
		if _, name := d.genitiveAppositionDE(toks, text, n, lex); name != "" {
			d.noteRole("%"+toks[n].low, name)
		}
	}
}

// adjectivalHolderDE returns the person noted as the holder of the
// adjectival noun who (noteAdjectivalRoleDE) when the unit writes who
// alone in its nominative singular after "der" or "die" ("Die
// Wehrbeauftragte sagte"; not the plural "die Abgeordneten"); else who.
func (d *docState) adjectivalHolderDE(toks []token, text, who string) string {
	if who == "" || strings.IndexByte(who, ' ') >= 0 || len(d.roles) == 0 {
		return who
	}
	for k := 1; k+1 < len(toks); k++ {
		if text[toks[k].s:toks[k].e] != who || toks[k-1].low != "der" && toks[k-1].low != "die" {
			continue
		}
		if key := adjectivalRoleKeyDE(toks[k].low); key == "%"+toks[k].low && d.roles[key] != "" {
			return d.roles[key]
		}
		return who
	}
	return who
}
