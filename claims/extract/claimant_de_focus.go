package extract

import "strings"

// A focus particle may stand before the subject in the Vorfeld: "Selbst
// der Städtetag, sonst ein Partner der Regierung, warnt …", "Sogar die
// Opposition lobte …". It belongs to no name; the rules that read the
// Vorfeld from the unit's first word then miss the subject or take the
// particle with it ("Selbst der Städtetag").

// focusParticlesDE are the German focus particles that open a Vorfeld
// before a subject (a closed class; "nur", "gerade", "allein" left out:
// "Allein der Versuch …" opens sentences without a speaker).
var focusParticlesDE = map[string]bool{"selbst": true, "sogar": true, "ausgerechnet": true, "auch": true}

// focusSubjectDE returns the speaker the verb rules find when the unit is
// read without its opening focus particle, if the particle comes before an
// article and who, the speaker found so far, is none or opens with the
// particle; who otherwise. Before a name ("Auch Roths designierter
// Nachfolger Jan Kühn warf Ende Mai hin") the rules read without the
// particle gave a date, so an article must follow it.
func (d *docState) focusSubjectDE(u *claimUnit, who string) string {
	toks := u.toks
	if len(toks) < 4 || toks[1].cat&cDet == 0 || !focusParticlesDE[toks[0].low] { // the article first: cheaper than the map
		return who
	}
	if who != "" && !strings.HasPrefix(who, u.text[toks[0].s:toks[0].e]+" ") {
		return who
	}
	sub := *u
	sub.toks = append([]token(nil), toks[1:]...)
	sub.toks[0].flags |= tCap // the article now opens the sentence: "Der Städtetag, …, warnt"
	for _, v := range u.verbs {
		if v < 2 || noSpeakerVerb(toks, v, true) {
			continue
		}
		if w := d.verbSpeaker(&sub, v-1); w != "" {
			return w
		}
	}
	return who
}
