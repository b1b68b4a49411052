package extract

import "strings"

// A German text names a person once with a noun of office or trade right
// before the full name ("Stadtförsterin Jana Roth", "des Oberfelder
// Bildhauers Tim Vogt") and later by that noun alone: "sagt der
// Bildhauer", "die Devise des Bürgermeisters", "Oberfelds Amtsarzt geht
// davon aus". Nouns the role lexicon knows are noted already
// (noteRoleWordDE); this notes the others too, by the noun's shape (an
// agent noun, a title ending), and a later use of the same noun is that
// person, not the last speaker of its gender nor the bare noun.

// noteTitledNameDE notes, for each capitalised person noun (personNounDE)
// that stands right before the full name of a person the text registered
// (registered)
// ("Bundestrainer Jonas Keller"), that person under the noun's
// nominative key (noteTitledDE).
func (d *docState) noteTitledNameDE(toks []token, text string) {
	for _, c := range d.capsOf(toks) {
		k := int(c)
		if k+2 >= len(toks) || !capWord(&toks[k+1]) || !capWord(&toks[k+2]) || !personNounDE(toks[k].low) {
			continue
		}
		name := text[toks[k+1].s:toks[k+2].e]
		if k+3 < len(toks) && capWord(&toks[k+3]) && d.registered(text[toks[k+1].s:toks[k+3].e]) {
			name = text[toks[k+1].s:toks[k+3].e] // a name of three words
		}
		if !d.registered(name) || k+4 < len(toks) && toks[k+3].low == "und" && capWord(&toks[k+4]) {
			continue // "Die Politiker Jan Roth und Eva Kurz": a plural noun
		}
		d.noteTitledDE(toks[k].low, name)
	}
}

// registered reports whether the register knows name, maybe as the tail
// of a longer name ("Bundestrainer Jonas Keller" registered whole).
func (d *docState) registered(name string) bool {
	_, ok := d.lookup(name)
	return ok && strings.IndexByte(name, ' ') > 0
}

// noteTitledDE notes name under the keys a person noun low is noted and
// looked up under: "#" and the whole word (roleWordKeyDE), without a
// genitive "-es" or "-s" ("amtsarztes", "bildhauers"), and the part after
// a hyphen ("abc-schulleiterin" → "schulleiterin"). A German key that
// holds name already is left as it is, so the key is built on the heap
// only when it is stored.
func (d *docState) noteTitledDE(low, name string) {
	whole, bare := titledStemsDE(low)
	d.noteTitledKeyDE(whole, name)
	if bare != "" {
		d.noteTitledKeyDE(bare, name)
	}
}

// noteTitledKeyDE notes name under "#" and stem, unless the key holds it
// already (in a German text: an English one notes a second key too).
func (d *docState) noteTitledKeyDE(stem, name string) {
	if d.en || d.roles["#"+stem] != name {
		d.noteRole("#"+stem, name)
	}
}

// titledStemsDE returns the keys of noteTitledDE without their "#", as
// parts of low: the whole word's (roleWordStemDE) and the one without a
// genitive ending ("" when there is none).
func titledStemsDE(low string) (whole, bare string) {
	if k := strings.LastIndexByte(low, '-'); k > 0 && k+4 < len(low) {
		low = low[k+1:]
	}
	switch {
	case strings.HasSuffix(low, "es") && len(low) > 6:
		bare = low[:len(low)-2]
	case strings.HasSuffix(low, "s") && len(low) > 5:
		bare = low[:len(low)-1]
	}
	return roleWordStemDE(low), bare
}

// personNounDE reports whether low (lower case, maybe in the genitive)
// has the shape of a German noun of a person: a title ending
// (germanTitle) or an agent or feminine ending (roleNounGenderDE).
func personNounDE(low string) bool {
	if k := strings.LastIndexByte(low, '-'); k > 0 {
		low = low[k+1:]
	}
	if len(low) < 5 {
		return false
	}
	base := strings.TrimSuffix(low, "s")
	return germanTitle(low) || germanTitle(base) || roleNounGenderDE(low) != 0 || roleNounGenderDE(base) != 0
}

// titledHolderDE returns the person the text named right after the person
// noun low (noteTitledNameDE), while that person is known; else "".
func (d *docState) titledHolderDE(low string) string {
	if len(d.roles) == 0 {
		return "" // no person noun noted
	}
	whole, bare := titledStemsDE(low)
	if who := d.roles["#"+whole]; who != "" && d.registered(who) {
		return who
	}
	if bare == "" {
		return ""
	}
	if who := d.roles["#"+bare]; who != "" && d.registered(who) {
		return who
	}
	return ""
}

// titledAfterArticleDE returns titledHolderDE of the noun low after the
// definite article art, but "" for a plural: after "die" only a feminine
// noun in "-in" or a noun in "-e" ("die Vorsitzende") is one person, not
// "die Abgeordneten", "die Trainer".
func (d *docState) titledAfterArticleDE(art, low string) string {
	if art == "die" && !femaleInDE(low) && !strings.HasSuffix(low, "e") {
		return ""
	}
	return d.titledHolderDE(low)
}

// titledClaimantDE returns the person a claimant that is a bare person
// noun ("Bürgermeister", from "des Bürgermeisters") or a place's Saxon
// genitive and one ("Oberfelds Amtsarzt") stands for, by titledHolderDE;
// else who.
func (d *docState) titledClaimantDE(who string) string {
	if len(d.roles) == 0 {
		return who // no person noun noted, none to find
	}
	first, rest := nextField(who) // the words of who, without a slice of them
	last, rest := nextField(rest)
	if third, _ := nextField(rest); first == "" || third != "" {
		return who // no word, or more than two
	}
	two := last != ""
	if !two {
		last = first
	}
	if !upperFirst(last) || !two && d.known(who) {
		return who // a Saxon genitive and a noun may be registered as a name of two words
	}
	if two && (!upperFirst(first) || !strings.HasSuffix(first, "s")) || strings.HasSuffix(who, "en") {
		return who // "Abgeordneten": a plural
	}
	var buf [64]byte
	if p := d.titledHolderDE(string(appendLower(buf[:0], last))); p != "" { // strings.ToLower(last), on the stack for most words
		return p
	}
	return who
}
