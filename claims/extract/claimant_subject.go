package extract

import (
	"strings"
)

// subjectBefore finds who speaks when the speech verb v follows its
// subject: a pronoun just before it, a known person right before it or at
// the start of the sentence ("Hanna Roth, die …, sagte"), else the name
// right before it.
func (d *docState) subjectBefore(toks []token, text string, v int, de bool, lex lexicon, plural bool) string {
	v = intensifierBefore(toks, v) // "Er selbst sagte"
	if v <= 0 {
		return "" // "Do tell us …": the rules before stepped back to the first word
	}
	// not the pronoun in "Liu He said" (claimant_en_namehe.go)
	if g := pronoun(&toks[v-1], plural); g != 0 && (de || !nameWordHeEN(toks, v-1)) {
		return d.pronounSubject(toks, text, v-1, g, de)
	}
	if de {
		if who := d.describedBeforeDE(toks, text, v); who != "" {
			return who // "Die italienische Regierung versprach"
		}
	}
	if de {
		if s := wieAdverbialStartDE(toks, v); s < v {
			if who := d.subjectBefore(toks, text, s, de, lex, plural); who != "" && !describedHeadDE(who) {
				return who // "…, wie ein Sprecher des Verbands am Mittwoch sagte" (claimant_de_wieadverbial.go)
			}
		}
	}
	if w := wieClause(toks, v, de); w >= 0 {
		who := d.nameAt(toks, text, w+1, de, lex, plural, true)
		if place := placeBeforeDE(toks, text, v); de && place != "" && (who == "" || who == place) {
			return "" // "…, wie ein Sprecher in New York sagte": a place (claimant_de_placein.go)
		}
		if who != "" {
			return who // "…, wie Handelsdiplomaten in Genf berichteten"
		}
	}
	e := v
	if toks[v-1].p == ',' {
		if !de {
			e = relativeEndEN(toks, v) // "Ann Lee, who ran in 2016, said", "Ann Lee, who lost her son, Tom, said"
		}
		if e == v {
			e = appositionEnd(toks, v) // "Smith, 52, said", "Jens Roth, der Chef des Verbands, sagte", "Der Leiter, Jens Roth, sagte"
		}
		if e == v && de {
			if c := relativeVorfeldDE(toks, v); c > 0 {
				return d.subjectBefore(toks, text, c, de, lex, plural) // "Der Chef des Vereins, der …, sagte"
			}
		}
		if e == v && !de {
			e = roleAppositionEndEN(toks, v) // "Her rival, state senator Ann Lee, said"
		}
		if e == v && !de {
			e = roleOpeningEndEN(toks, v) // "Political commentator Ann Lee, of Westbury University, said" (claimant_en_roleopening.go)
		}
		if e == v && !de {
			if who := d.appositionOfEN(toks, text, v, lex, plural); who != "" {
				return who // "Another analyst, Ann Lee of Harbor Capital, said"
			}
		}
	}
	if !de {
		if who := namedKindEN(toks, text, e); who != "" {
			return who // "Over the weekend, the Daily Mail newspaper reported" (claimant_en_namedkind.go)
		}
	}
	near, office := "", false // office: the name follows an office or title ("Supervisor of Elections Kim Osei")
	if toks[e-1].is(tCap) && !toks[e-1].is(tPunct) {
		k := e - 1
		for k > 0 && e-k < 6 {
			p := &toks[k-1]
			if de && d.possessorBeforeDE(toks, text, k) {
				break // "Roths Anwalt Peter Kalb sagte"
			}
			if !de && k == 1 && foldIn(p.low, "but", "and", "yet", "so", "or") {
				break // "But Airbus said": the conjunction opening the sentence is no part of the name
			}
			if p.is(tCap) && !p.is(tPunct) && roleOf(p, lex) == "" && (de || !titleWordEN(p.low)) {
				k-- // a role or a title ends the name: "Ministry Spokesman Geng Shuang", "… Advisers Chair Kevin Hassett"
			} else if k > 2 && k == e-1 && particleSurname(toks, k-3, k-2) && toks[k-3].is(tCap) {
				k -= 2 // "Hanna von der Aue said" (particleSurname)
			} else if k > 1 && (p.low == "of" || p.low == "for") && toks[k-2].is(tCap) {
				if !de && officeOfNameEN(toks, k, e) {
					k++ // "Chief of Staff Ann Lee said": the name after the office
					office = true
					break
				}
				k -= 2 // "Office for National Statistics"
			} else {
				break
			}
		}
		if !de && k >= 2 && e-k >= 2 && titleWordEN(toks[k-1].low) && capWord(&toks[k-1]) && capWord(&toks[k-2]) {
			office = true // "… Council of Economic Advisers Chair Ann Lee said": a title ends a body's words
		}
		if !de && platformObjectEN(toks, k) {
			return d.openingKnownEN(toks, text, v, lex, plural) // "A viral post shared on Facebook claims": not Facebook (claimant_en_platform.go)
		}
		if !de && !office { // "Supervisor of Elections Kim Osei": "of" joins an office, not a person to a body
			if who := d.personBeforeBodyEN(toks, text, k); who != "" {
				return who // "Ann Lee of the Council on Foreign Relations told"
			}
			if who := d.personOfPlaceEN(toks, text, k, e); who != "" {
				return who // "Sen. Ron Wyden (D) of Oregon told", "Tim Scott of South Carolina said"
			}
		}
		if de {
			if who := d.personBeforeBodyDE(toks, text, k); who != "" {
				return who // "Prof. Stefan Liebig von der Universität Hollfeld sagte"
			}
			if h := orgHeadDE(toks, text, k); h < k {
				return text[toks[h].s:toks[e-1].e] // "der Berufsverband Deutscher Rheumatologen erklärte"
			}
		}
		if de {
			if who := genitiveBodyDE(toks, text, k, e); who != "" {
				return who // "Das Jugendamt des Kreises Talbach warnte"
			}
			if who := genitiveDerBodyDE(toks, text, k, e); who != "" {
				return who // "Das Statistische Amt der Republik Talland meldet"
			}
		}
		near = d.nameAt(toks, text, k, de, lex, plural, true)
		if near != "" {
			near = d.conjoined(toks, text, k, de, lex, near)
		}
		if d.known(near) || strings.Contains(near, "; ") || office && near != "" {
			return near // an office's name ends before the person's: "Supervisor of Elections Kim Osei said"
		}
		if de && objectDE(toks, k) {
			near = "" // "zum Risikogebiet erklärt", "…, die das Gleiche befürchten"
		}
		if de && d.clauseObjectDE(toks, text, k, e) {
			near = "" // "…, der da vorne Sätze sagt", "wenn Berger etwas Albernes sagt"
		}
		if de && prepObjectDE(toks, k, v) {
			near = "" // "… von der Beratungsstelle der Stadt informieren lassen"
		}
		if de && near != "" {
			if h := genitiveHeadDE(toks, k); h >= 0 {
				for g := genitiveHeadDE(toks, h); g >= 0 && g < h; g = genitiveHeadDE(toks, h) {
					h = g // "Gegner einer Verlegung der Haltestelle": genitives in a chain
				}
				near = text[toks[h].s:toks[e-1].e] // "Vertreter der EU"
			}
		}
	}
	if k := openingName(toks, v, de, lex); k >= 0 {
		who := d.nameAt(toks, text, k, de, lex, plural, false)
		if d.known(who) {
			return who
		}
		// German: a body or group as subject after an article ("Die
		// Staatsanwaltschaft hat … widersprochen", "Das Landratsamt meldete").
		if near == "" && de && k == 1 && toks[0].cat&cDet != 0 && toks[k].cat == 0 && toks[v-1].p != ',' {
			end := genitiveTailDE(toks, capRun(toks, text, k, de), v) // "Die Gewerkschaft der Lokführer warnte"
			return nominativeDE(toks[0].low, text[toks[k].s:toks[end-1].e])
		}
	}
	return near
}

// openingName is the token where a name opens the sentence before the
// verb v, after at most three words of a closed class, punctuation or
// roles ("But Ann Lee …", "Mayor Ann Lee …"); -1 if none does, or, in
// English, if the name is in an opening phrase ("In Dayton, …") or in a
// quotation that closes before v.
func openingName(toks []token, v int, de bool, lex lexicon) int {
	k := 0
	for k < len(toks) && k < 3 && (toks[k].cat&cNotName != 0 || toks[k].is(tPunct) || roleOf(&toks[k], lex) != "") {
		if !de && toks[k].is(tQuote) && quoteClosesBeforeEN(toks, k, v) {
			return -1 // "“The Harbor Council cannot …,” NBC said": a name inside the quotation (claimant_en_quotedopening.go)
		}
		k++
	}
	if k < v && toks[k].is(tCap) && !toks[k].is(tPunct) && (de || !introPhraseEN(toks, k, v)) {
		return k
	}
	return -1
}

// known reports whether name is a person registered with a full name.
func (d *docState) known(name string) bool {
	p, ok := d.lookup(name)
	return ok && p.name == name
}

// pronounSubject resolves the pronoun of gender g at token p, the subject
// of a verb of saying: to a person its own sentence named before it, else
// to the person the units before make the referent (resolvePronoun); in
// English not one its own clause names after it (disjointPronounEN).
func (d *docState) pronounSubject(toks []token, text string, p int, g byte, de bool) string {
	if de {
		if who := d.pronounInUnitDE(toks, text, p, g); who != "" {
			return d.pronounGender(who, g) // "Da Gómez weiß, …, appellierte sie"
		}
	} else if who := d.pronounInUnitEN(toks, text, p, g); who != "" {
		return d.pronounGender(who, g) // "Ann Lee skipped the debate, but she said"
	}
	who := d.resolvePronoun(g, de)
	if !de {
		return d.disjointPronounEN(toks, text, p, g, who) // "He accused Clinton …": not Clinton (claimant_en_disjoint.go)
	}
	return who
}
