package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// fullest replaces each claimant by the fullest name the whole text gives
// its person ("Trump" → "Donald Trump", also when the full name comes
// later) without the titles the text also writes in lower case
// (chooser.stripTitles), in the units and in the chooser's trace.
func (d *docState) fullest(units []Unit) {
	d.acronymSrc = units // the texts definedAcronymDE reads its short forms from
	fullestUnits(units, d.fullestUnit)
	if d.trace != nil {
		for k, u := range d.trace.units {
			de := len(d.trace.units) == len(units) && units[k].Lang == "de"
			for i, n := range u.Names {
				if n != "" {
					u.Names[i] = d.eachClaimant(n, func(n string) string { return d.candidateName(n, de) })
				}
			}
		}
	}
}

// fullestUnit is the fullest form of a unit's claimant c, de for a German
// unit. It depends on c, de and d only (d no longer changes in fullest
// but for the caches of byFirst and definedAcronymDE), so fullestUnits
// may reuse an answer.
func (d *docState) fullestUnit(c string, de bool) string {
	c = oneLine(c)                                  // "Sprecherin⏎des Amtes" → "Sprecherin des Amtes" (claimant_oneline.go)
	c = d.fullest1(d.eachClaimant(c, gluedStopCut)) // "Gesetze.Die Stadtwerke" → "Stadtwerke"
	c = d.eachClaimant(c, undatedName)              // "Wednesday's Harlow Post" → "Harlow Post" (claimant_datename.go)
	if de && c != "" {
		c = d.eachClaimant(c, d.describedFullDE) // "Amtsleiterin Holm" → "Greta Holm"
		c = d.eachClaimant(c, d.particleFullDE)  // "Van der Vaart" → "Rafael van der Vaart"
		c = quantifierCutDE(c)                   // "Viele Landwirte" → "Landwirte"
	}
	return c
}

// fullestUnits sets the claimant of each unit to f(claimant, German), asking
// f once for units that follow each other with the same claimant and
// language (one source quoted over several sentences: about half of the
// units with a claimant) and not at all for no claimant (f keeps "").
func fullestUnits(units []Unit, f func(c string, de bool) string) {
	var in, out string
	var inDE bool
	for i := range units {
		c, de := units[i].Claimant, units[i].Lang == "de"
		if c == "" {
			continue
		}
		if c != in || de != inDE {
			in, inDE, out = c, de, f(c, de)
		}
		units[i].Claimant = out
	}
}

// candidateName is the fullest form of one candidate claimant n of the
// chooser's trace (a registered person's full name first, then the steps
// of fullest1 and, in German, describedFullDE).
func (d *docState) candidateName(n string, de bool) string {
	n = d.personName(gluedStopCut(oneLine(n)))
	if d.en {
		n = d.leadDescribedEN(d.dropLeadEN(n))
	}
	n = legalFormStopEN(d.en, n, generationStopEN(d.theTitledEN(d.stripTitlesEN(d.fullName(d.acronymFullEN(n))))))
	if de && n != "" {
		n = d.describedFullDE(n)
	}
	return n
}

// describedFullDE is the German claimant c without a descriptive noun
// before a name ("Zeitung Harbor Post" → "Harbor Post"), with the full
// name of a titled surname ("Amtsleiterin Holm" → "Greta Holm"), of an
// office noun alone the text gave a name after ("Kanzleramtsminister" →
// "Helge Braun": titledRoleDE) and of a short form the text defines
// ("RKI" → "Robert Koch-Institut"), and
// without a noun of kinship before a first name ("Mann Robert" → "Robert")
// and without a quantifier before a group ("Viele Landwirte" → "Landwirte"),
// and a paper's or body's adjectives in the nominative
// ("Frankfurter Allgemeinen Sonntagszeitung": feminineAdjNameDE).
func (d *docState) describedFullDE(c string) string {
	return feminineAdjNameDE(quantifierCutDE(kinshipNameDE(describedNameDE(d.titledSurnameDE(d.titledRoleDE(d.definedAcronymDE(c)))))))
}

// eachClaimant applies f to each of several claimants ("A; B") on its
// own, dropping those it leaves empty.
func (d *docState) eachClaimant(c string, f func(string) string) string {
	a, b, ok := strings.Cut(c, "; ")
	if !ok {
		return f(c)
	}
	return joinClaimants(f(a), d.eachClaimant(b, f))
}

// joinClaimants joins two claimants with "; ", or returns the one that is
// not empty.
func joinClaimants(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "; " + b
}

// fullest1 is the fullest form of a claimant, each of several ("A; B")
// on its own; "" for none (each step keeps "").
func (d *docState) fullest1(c string) string {
	if c == "" {
		return ""
	}
	a, b, ok := strings.Cut(c, "; ")
	if !ok {
		if d.en {
			c = d.dropLeadEN(c)      // "WATCH Lee", "Democrat Ann Lee"
			c = d.leadDescribedEN(c) // "A federal judge" → "Ann Lee" of "U.S. District Judge Ann Lee" (claimant_en_leaddesc.go)
		}
		return legalFormStopEN(d.en, c, generationStopEN(d.theTitledEN(d.stripTitlesEN(d.groupFullNameEN(d.acronymFullEN(c)))))) // not "Acme Inc." for "Acme"; "HRW" → "Harbor Rescue Watch"
	}
	return joinClaimants(d.fullest1(a), d.fullest1(b))
}

// fullName returns the fullest name the text gives the person named c, c
// itself if none is fuller: by the surname or another tail of the name
// ("Trump" → "Donald Trump"), by the first word when one person only
// starts so ("Ban" → "Ban Ki-moon", "Mary" → "Mary Zapata"; not a German
// group noun, groupNounsDE, which no first name is), in English
// by an honorific and a first name ("Sir Tom" → "Sir Tom Bell"), and for a
// name that is no person's, by its last word when that is a person's
// surname ("Regierungschef Haseloff", "Züchter von Lüttwitz"), unless it
// is a described source ("a spokesman for Lee": describedEN) or, in
// English, a body's name with "of" or "for" after its head ("Center for
// Economic and Policy Research" is no "Research": ofBodyNameEN) or a
// campaign's name ("Save the Calder" is no "River Calder": campaignFormEN).
func (d *docState) fullName(c string) string {
	if c == "" {
		return c
	}
	if p, ok := d.lookup(c); ok && len(p.name) > len(c) {
		if full := d.personName(p.name); len(full) > len(c) && endsWithName(full, c) {
			return full
		}
	}
	if d.en {
		if full := d.honorificFullEN(c); full != "" {
			return full // "Sir Tom" → "Sir Tom Bell"
		}
	}
	k := strings.LastIndexByte(c, ' ')
	if k < 0 {
		if full := d.byFirst(c); full != "" && strings.ToUpper(c) != c && (d.en || !groupNounsDE[strings.ToLower(c)]) { // not an acronym ("CCTV"), not a group ("Experten" of "bei Experten Kritik")
			return full
		}
		if t := d.titled[c]; t != "" {
			return t // "President Lee" when the text gives no first name
		}
		return c
	}
	if _, ok := d.lookup(c); !ok && d.ch.titlesOnly(c[:k]) && !describedEN(c) && !andBodyNameEN(c) && !(d.en && (ofBodyNameEN(c) || campaignFormEN(c) || relationBeforeEN(c[:k]))) && !spokesDescDE(c) && (d.en || !bodyPlaceDE(c)) { // not "a spokesman for Lee", "Sprecher des Roten Kreuzes", "Arbeitsgericht Hellbrück"
		if p, ok := d.lookup(c[k+1:]); ok && p.surname == c[k+1:] && strings.IndexByte(p.name, ' ') > 0 && plainName(p.name) {
			return claimantName(p.name)
		}
	}
	return c
}

// relationBeforeEN reports whether the English words before a surname
// end with a preposition that relates a described source to the person
// ("people close to Clinton", "sources familiar with Lee", "aides to
// Obama"): the claimant is the description, not the person.
func relationBeforeEN(s string) bool {
	w := s[strings.LastIndexByte(s, ' ')+1:]
	return foldIn(w, "to", "with", "for", "of", "at", "from", "near", "by", "about") && w == strings.ToLower(w)
}

// titlesOnly reports whether every word of s is a word the text writes
// before a lower-case word or in lower case: titles and offices, not a
// first name ("Regierungschef", "Züchter von").
func (c *chooser) titlesOnly(s string) bool {
	for w := range strings.FieldsSeq(s) { // the words without a slice of them
		var buf [64]byte
		if !c.notFirst.has(w) && !c.common.has(string(appendLower(buf[:0], w))) && upperFirst(w) {
			return false
		}
	}
	return true
}

// byFirst returns the full name of the one person whose name starts with
// the word w, "" if none or several do. The answer for each w is kept in
// d.heads: byFirst is asked only at the end (fullest), when d.people no
// longer changes. Only the people whose name holds w are cleaned
// (claimantName gives a part of the name, so the others cannot start
// with w: TestClaimantNamePart).
func (d *docState) byFirst(w string) string {
	if d.heads == nil {
		d.heads = map[string]int{}
	}
	i, ok := d.heads[w]
	if !ok {
		i = -1
		for k, p := range d.people {
			if !strings.Contains(p.name, w) {
				continue
			}
			first, rest, _ := strings.Cut(claimantName(p.name), " ")
			if first != w || !plainName(rest) || strings.ContainsAny(rest, "0123456789") {
				continue // "Trump Sunday": a name and a date; "Airbus A320": a product, no fuller name
			}
			if i >= 0 { // several
				i = -1
				break
			}
			i = k
		}
		d.heads[w] = i
	}
	if i >= 0 {
		return claimantName(d.people[i].name)
	}
	return ""
}

// plainName reports whether every word of s starts in upper case and none
// is a date word, but for a month that is also a first name before more
// words ("August Roth": monthFirstNameDE).
func plainName(s string) bool {
	first := true
	for s != "" {
		w := s
		if k := strings.IndexFunc(s, unicode.IsSpace); k >= 0 {
			w, s = s[:k], s[k:]
			_, n := utf8.DecodeRuneInString(s)
			s = s[n:] // the words as strings.Fields gives them, without allocating
		} else {
			s = ""
		}
		if w != "" && (!upperFirst(w) || wordCategory(w)&(cMonth|cWeekday|cRelDate|cTimeNoun) != 0 && !monthFirstNameDE(w, first && s != "")) {
			return false
		}
		first = false
	}
	return true
}
