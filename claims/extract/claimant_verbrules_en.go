package extract

// verbRulesEN are the English verb rules, tried in order: a source named
// after the verb, then one named before it.
var verbRulesEN = []verbRule{
	func(d *docState, u *claimUnit, s verbAt) string {
		return ownCorrespondentEN(u.toks, s.v) // "Our correspondent in Drava reports …" (claimant_en_owncorrespondent.go)
	},
	func(d *docState, u *claimUnit, s verbAt) string {
		return d.possRoleApposEN(u.toks, u.text, s.v, u.lex) // "…,” said the group's chair, retired hydrologist Dr Ann Lee." (claimant_en_possroleappos.go)
	},
	func(d *docState, u *claimUnit, s verbAt) string {
		return d.pronounAgentEN(u.toks, u.text, s.v) // "…, her family said": not the person "her" refers to
	},
	func(d *docState, u *claimUnit, s verbAt) string {
		return d.bodyRoleAfterEN(u.toks, u.text, s.v, u.lex) // "…,” said Harbor Post columnist Ann Lee."
	},
	func(d *docState, u *claimUnit, s verbAt) string {
		return d.tailBodyEN(u.toks, u.text, s.v) // "the weather service said": the National Weather Service (claimant_en_tailbody.go)
	},
	func(d *docState, u *claimUnit, s verbAt) string {
		if !bodyDescriptionEN(u.toks, s.v) {
			return ""
		}
		if o := d.openingBodyEN(u.toks, u.text, s.v); o != "" {
			d.lastBodyEN = o // for a later "the company said"
			return o         // "Harbor Foods will cut 300 jobs, the company said."
		}
		body := d.kindBodyEN(u.toks, s.v) // "the operator said" after "the grid operator Northvale Power"
		if body == "" {
			body = companyOfKindEN(u.toks, s.v, bodyOfKindEN(u.toks, s.v, d.lastBodyEN)) // "the company said": the body last quoted, if of that kind
		}
		if nb := d.nounBodyEN(u.toks, s.v); nb != "" && (body == "" || preferNounBodyEN(u.toks, s.v, body)) {
			body = nb // "the institute said" after "the Pellham Marine Institute" (claimant_en_nounbody.go)
		}
		body = otherBodyEN(u.toks, u.text, s.v, body) // "the finance ministry said" after the foreign ministry
		if body = otherKindEN(u.toks, u.text, s.v, body); body == "" {
			body = d.describedBodyEN(u.toks, u.text, s.v) // "the central bank said", no bank named before (claimant_en_describedbody.go)
		}
		return body
	},
	func(d *docState, u *claimUnit, s verbAt) string {
		return d.insertedBodyEN(u.toks, s.v) // "The company, based in Dayton, said": the body last quoted (claimant_en_insertbody.go)
	},
	func(d *docState, u *claimUnit, s verbAt) string {
		return d.itClauseBodyEN(u.toks, u.text, s.v) // "When Brackton Council published …, it said" (claimant_en_itclause.go)
	},
	func(d *docState, u *claimUnit, s verbAt) string {
		return d.itBodyEN(u.toks, s.v) // "It said …": the body last quoted
	},
	func(d *docState, u *claimUnit, s verbAt) string {
		return d.documentRefEN(u.toks, s.v) // "the statement said": its issuer
	},
	func(d *docState, u *claimUnit, s verbAt) string {
		return d.possessiveDocRefEN(u.toks, u.text, s.v) // "Lee's letter alleges": Lee (claimant_en_possdoc.go)
	},
	func(d *docState, u *claimUnit, s verbAt) string {
		return documentFromEN(u.toks, u.text, s.v) // "A statement from the Health Department said": its issuer
	},
	func(d *docState, u *claimUnit, s verbAt) string {
		return d.pollRespondentsEN(u.toks, s.v) // "44 percent said": the poll's issuer
	},
	nameAfterVerb, // "…,” said Smith
	func(d *docState, u *claimUnit, s verbAt) string {
		return d.openApposSpeakerEN(u.toks, u.text, s.v, u.lex) // "“…,” Ann Lee, a spokeswoman for the mayor told reporters" (claimant_en_openappos.go)
	},
	func(d *docState, u *claimUnit, s verbAt) string {
		return d.describedAfterEN(u.toks, u.text, s.v, u.lex) // "…,” said aviation analyst Justin Green."
	},
	func(d *docState, u *claimUnit, s verbAt) string {
		return describedAfterVerbEN(u.toks, u.text, s.v) // "…,” said a longtime adviser to the mayor."
	},
	afterFirstWord(func(d *docState, u *claimUnit, s verbAt) string {
		if b, e := groupSubjectEN(u.toks, s.v); b >= 0 {
			return u.text[u.toks[b].s:u.toks[e-1].e] // "Authorities say", "Critics of the plan, however, say"
		}
		return ""
	}),
	afterFirstWord(func(d *docState, u *claimUnit, s verbAt) string {
		return describedBeforeEN(u.toks, u.text, s.v) // "A senior U.S. official said", "…, one aide said"
	}),
	func(d *docState, u *claimUnit, s verbAt) string {
		return d.describedRefEN(u.toks, s.v) // "…,” the official added": the official the text described
	},
	func(d *docState, u *claimUnit, s verbAt) string {
		return d.epithetAfterEN(u.toks, s.v, u.lex) // "…,” said the Green nominee.": the person in view
	},
	afterFirstWord(func(d *docState, u *claimUnit, s verbAt) string {
		return d.bodyRoleSubjectEN(u.toks, u.text, s.v, u.lex) // "Harbor City coach defends …": not "Harbor City"
	}),
	afterFirstWord(func(d *docState, u *claimUnit, s verbAt) string {
		return rolePossessiveAgentEN(u.toks, u.text, s.v) // "The mayor's office said"
	}),
	afterFirstWord(func(d *docState, u *claimUnit, s verbAt) string {
		return pluralPossessiveEN(u.toks, u.text, s.v) // "The pilots’ union said": not "union"
	}),
	afterFirstWord(func(d *docState, u *claimUnit, s verbAt) string {
		return possessiveAgentEN(u.toks, u.text, s.v) // "Vance’s campaign said": not Vance
	}),
	afterFirstWord(func(d *docState, u *claimUnit, s verbAt) string {
		return possessiveModifiedBodyEN(u.toks, u.text, s.v) // "Vandoria's foreign ministry said": not Vandoria
	}),
	afterFirstWord(func(d *docState, u *claimUnit, s verbAt) string {
		return familyNameEN(u.toks, u.text, s.v) // "the Vollen family said": not Marit Vollen
	}),
	afterFirstWord(func(d *docState, u *claimUnit, s verbAt) string {
		return groupBefore(u.toks, u.text, s.v) // "officials said", "critics of the plan say"
	}),
	afterFirstWord(func(d *docState, u *claimUnit, s verbAt) string {
		return d.roleBeforeEN(u.toks, s.v, u.lex) // "…, the sheriff said": the person the text named with that role
	}),
	afterFirstWord(func(d *docState, u *claimUnit, s verbAt) string {
		return d.epithetBeforeEN(u.toks, s.v, u.lex) // "…,” the former governor said": the person last quoted
	}),
	afterFirstWord(func(d *docState, u *claimUnit, s verbAt) string {
		return d.epithetOfEN(u.toks, s.v, u.lex) // "the senator from Norland said": not Norland
	}),
	afterFirstWord(func(d *docState, u *claimUnit, s verbAt) string {
		return headOfBodyEN(u.toks, u.text, s.v) // "The head of Harbor Water testified": not the body
	}),
	afterFirstWord(func(d *docState, u *claimUnit, s verbAt) string {
		vs := subjectEndEN(u.toks, auxiliaryStartEN(u.toks, s.v))          // "he later said", "Ann Lee (D) on Monday said"
		who := d.subjectBefore(u.toks, u.text, vs, false, u.lex, s.plural) // "Smith said", "Ann Lee, who …, said"
		return d.openingFormCutEN(u.toks, u.text, who)                     // not "Newly" in "Newly confirmed …" (claimant_en_openingform.go)
	}),
}

// afterFirstWord keeps a rule that looks before the verb away from a
// verb that opens the unit.
func afterFirstWord(r verbRule) verbRule {
	return func(d *docState, u *claimUnit, s verbAt) string {
		if s.v == 0 {
			return ""
		}
		return r(d, u, s)
	}
}
