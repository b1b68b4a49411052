package extract

// "Ann Lee said the pier would be rebuilt. The county would pay for most
// of it. Work would begin in May.": English reported speech goes on over
// several sentences without a verb of saying, its verbs shifted back
// ("would" for "will"). A sentence right after such a report whose
// subject is followed at once by "would" keeps the speaker, as German
// reported speech (Konjunktiv I) does.

// backshiftEN is what the unit before left for backshiftSpeakerEN: its
// claimant, when it was reported speech with "would" after its verb of
// saying, or carried on such a report.
type backshiftEN struct {
	who  string // the claimant of the report, "" if the unit before was none
	unit int    // the unit it was set in
}

// noteBackshiftEN records the claimant who of the English unit toks when
// one of its verbs of saying is followed by "would" (or the unit carried
// such a report on): "Ann Lee said the pier would be rebuilt."
func (d *docState) noteBackshiftEN(toks []token, verbs []int, who string, carried bool) {
	if who == "" {
		return
	}
	if carried && d.bshift.who == who && d.bshift.unit == d.units-1 {
		d.bshift.unit = d.units
		return
	}
	for _, v := range verbs {
		for i := v + 1; i < len(toks); i++ {
			if toks[i].low == "would" {
				d.bshift = backshiftEN{who: who, unit: d.units}
				return
			}
		}
	}
}

// backshiftSpeakerEN returns the claimant of the report the unit before
// gave (noteBackshiftEN) when the English unit toks, which has no verb of
// saying and opens no quotation, goes on in that report: its subject, of
// at most five words with no comma, is followed at once by "would" ("The
// county would pay for most of it."), not by "would have" (a past that
// did not happen, more often the author's); "" otherwise.
func (d *docState) backshiftSpeakerEN(toks []token) string {
	if d.bshift.who == "" || d.bshift.unit != d.units-1 {
		return ""
	}
	for i := 1; i < len(toks) && i <= 5; i++ {
		t := &toks[i]
		switch {
		case t.low == "would":
			if wouldHaveEN(toks, i) {
				return "" // "It would have created …": a past that did not happen, narrated
			}
			return d.bshift.who
		case t.is(tPunct) || t.cat&(cSpeech) != 0 || foldIn(t.low, "if", "unless", "when", "that", "who", "which"):
			return ""
		}
	}
	return ""
}

// wouldHaveEN reports whether "would" at token i opens a past conditional
// ("would have", "would not have").
func wouldHaveEN(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+2; k++ {
		if toks[k].low == "have" {
			return true
		}
		if toks[k].low != "not" {
			return false
		}
	}
	return false
}
