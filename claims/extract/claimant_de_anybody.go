package extract

// German news call a body they named before by a general noun that is not
// its own head noun: "die Behörde" for the Staatsanwaltschaft or the
// Gesundheitsamt, "das Ressort" for a ministry. The guide wants the name
// ("Innenministerium" for "das Ressort").

// anyBodyKeyDE is the key of docState.descs (under bodyKeyDE) that holds
// the body a German unit last named in full, whatever its head noun.
const anyBodyKeyDE = bodyKeyDE + "*"

// generalBodyNounsDE maps the general nouns for a body to the head noun of
// the bodies they stand for; "" stands for any body.
var generalBodyNounsDE = map[string]string{"Behörde": "", "Ressort": "Ministerium"}

// generalBodyDE returns the body the text last named in full that the
// general noun who stands for after a definite article ("teilte die
// Behörde mit"), else who. A body whose own head noun is who ("die
// Ausländerbehörde") is found by bodyNamedDE before.
func (d *docState) generalBodyDE(toks []token, text, who string) string {
	if who == "" {
		return who // no noun: most units (no map look-up; "" is no key, TestGeneralBodyDE)
	}
	head, ok := generalBodyNounsDE[who]
	if !ok || d.descs[bodyKeyDE+who] != "" || !definiteBeforeDE(toks, text, who) {
		return who
	}
	key := anyBodyKeyDE
	if head != "" {
		key = bodyKeyDE + head
	}
	if full := d.descs[key]; full != "" {
		return full
	}
	return who
}

// definiteBeforeDE reports whether the unit writes the noun w after a
// definite article.
func definiteBeforeDE(toks []token, text, w string) bool {
	for k := 1; k < len(toks); k++ {
		switch toks[k-1].low {
		case "der", "die", "das", "des", "dem":
			if text[toks[k].s:toks[k].e] == w {
				return true
			}
		}
	}
	return false
}
