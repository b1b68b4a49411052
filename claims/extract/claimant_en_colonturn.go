package extract

import "strings"

// A discussion or an interview printed with a name and a colon before
// each turn ("Lena Marsh: The toll is too high. It was doubled in 2019.")
// gives the first sentence its speaker (colonSpeaker); the turn runs to
// the end of its paragraph, so the later sentences of that paragraph with
// no claimant of their own, or one only carried over, are the speaker's
// too.

// colonTurnEN returns who and carried unchanged, except in the later
// units of a paragraph whose first unit opened with its claimant's name,
// or the name's last words, and a colon: these get that claimant
// (carried). A label in capitals ("LEE: …", a broadcast transcript) is
// left to turnSpeakerEN: a reporter's turn there is narration.
func (d *docState) colonTurnEN(text, who string, carried bool) (string, bool) {
	if d.answer.paraStart {
		d.colonTurn = ""
		if c := strings.IndexByte(text, ':'); c > 0 && who != "" && !carried && nameTailEN(who, text[:c]) && !allCaps(strings.ReplaceAll(text[:c], " ", "")) {
			d.colonTurn = who // "Lena Marsh: …", "Marsh: …"
		}
		return who, carried
	}
	if d.colonTurn != "" && (who == "" || carried) {
		return d.colonTurn, true
	}
	return who, carried
}

// nameTailEN reports whether label is the name or its last words
// ("Marsh" of "Lena Marsh"), as written.
func nameTailEN(name, label string) bool {
	return label == name || strings.HasSuffix(name, " "+label)
}
