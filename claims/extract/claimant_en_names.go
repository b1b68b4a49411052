package extract

import "strings"

// English name forms: a capitalised word glued to a known surname.

// registerName registers a person named name, as register does, except
// that in English a word that cannot open a first name before the surname
// (or full name) of a person the text already named makes no new person:
// "Despite Trump", "Had Trump", "Speaker Ryan", "WATCH Lee" after "Donald
// Trump", "Paul Ryan", "Ann Lee" are those people, not new ones whose
// surname would take the known person's place.
func (d *docState) registerName(name string, g byte, de bool) string {
	if !de {
		if p := d.knownAfterLead(name); p != "" {
			return p
		}
	}
	return d.register(name, g)
}

// knownAfterLead returns the full name of the known person whose name or
// surname follows the first word of name when that word is no first name
// (leadNotFirstEN), else "".
func (d *docState) knownAfterLead(name string) string {
	k := strings.IndexByte(name, ' ')
	if k < 0 {
		return ""
	}
	if _, ok := d.lookup(name); ok {
		return ""
	}
	lead, rest := name[:k], name[k+1:]
	p, ok := d.lookup(rest)
	if !ok || strings.IndexByte(p.name, ' ') < 0 || p.name != rest && !strings.HasSuffix(p.name, " "+rest) || !plainName(p.name) {
		return ""
	}
	if !d.leadNotFirstEN(lead) || d.leadNotFirstEN(firstWord(p.name)) || roleGender(strings.ToLower(strings.TrimSuffix(lead, ".")), false) != 0 {
		return "" // "Mr. Khan" may be another Khan than the last one named
	}
	return p.name
}

// leadNotFirstEN reports whether the English word w, written before a name,
// is no first name: a function word, auxiliary, role or other word of the
// closed classes the lexicon knows, a word in capitals ("WATCH"), or a word
// the text also writes before a lower-case word ("Speaker of the House").
func (d *docState) leadNotFirstEN(w string) bool {
	if wordCategory(w)&(notFirstNameEN|cRole) != 0 || d.ch.notFirst[w] || leadWordEN(w) {
		return true
	}
	return len(w) >= 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// noteTitledEN records, for English, the office written before a lone
// surname ("President Lee", "Senator Ruiz"): when the text never gives that
// person's first name, the office and surname are the fullest form it
// gives, so fullName returns them for "Lee" or a pronoun resolved to Lee.
// A courtesy title ("Mr.", "Mrs.", "Dr.") is no part of a name, and
// abbreviations are not read here.
func (d *docState) noteTitledEN(role, office, surname string) {
	if roleGender(role, false) != 0 || role == "dr" || role == "prof" || !upperFirst(office) || strings.IndexByte(surname, ' ') >= 0 {
		return
	}
	if _, ok := d.lookup(surname); ok {
		return
	}
	if d.titled == nil {
		d.titled = map[string]string{}
	}
	d.titled[surname] = office + " " + surname
}

// leadWordEN reports whether w is an English preposition, quantifier,
// auxiliary, question word or web-page label that may open a sentence or a
// caption before a name but never a first name (closed classes the lexicon
// does not list).
func leadWordEN(w string) bool {
	if len(w) < 3 || len(w) > 9 {
		return false
	}
	switch strings.ToLower(w) {
	case "despite", "among", "amid", "against", "without", "within", "following", "including", "unlike", "toward",
		"towards", "upon", "beyond", "besides", "both", "either", "neither", "another", "some", "many", "most",
		"several", "every", "each", "any", "few", "other", "such", "only", "should", "could", "might", "must",
		"did", "does", "why", "how", "where", "see", "read", "related", "show", "hide", "share", "former":
		return true
	}
	return false
}
