package extract

import "strings"

// German interviews often mark the answers by the initials of the person
// asked, before a colon: "B. L.: Im Moment sind es sieben." The person is
// the one the text named in full with those initials (first and last
// word of the name).

// initialsColonDE returns the person the text named before this unit
// whose first and last words start with the initials that open the unit
// before a colon ("B. L.:", "BL:"), when just one person has them; "".
func (d *docState) initialsColonDE(toks []token, text string) string {
	var ini []byte
	k := 0
	for k+1 < len(toks) && len(ini) < 3 && toks[k].e-toks[k].s == 1 && capWord(&toks[k]) && toks[k+1].p == '.' {
		ini = append(ini, text[toks[k].s])
		k += 2
	}
	if len(ini) < 2 || k >= len(toks) || toks[k].p != ':' || len(toks)-k <= 3 {
		return ""
	}
	found := ""
	for i := range d.people {
		p := &d.people[i]
		if i >= d.before || !initialsOfDE(p.name, ini) || !plainName(p.name) {
			continue
		}
		if found != "" && found != p.name {
			return "" // two people with these initials
		}
		found = p.name
	}
	return found
}

// initialsOfDE reports whether the first and last words of name start
// with the first and last of the initials ini.
func initialsOfDE(name string, ini []byte) bool {
	k := strings.LastIndexByte(name, ' ')
	return k > 0 && name[0] == ini[0] && name[k+1] == ini[len(ini)-1]
}

// turnSpeakerDE returns the speaker an interview turn names before its
// colon, by name (colonSpeaker), by initials (initialsColonDE) or, in a
// transcript, by a label in capitals (turnLabel: "KRAUSE: …" once
// "MODERATORIN: …" has shown the text a transcript) or in ordinary case
// (caseLabel: "Krause: …", "Frau Krause: …"); "".
func (d *docState) turnSpeakerDE(toks []token, text string) string {
	if who := d.colonSpeaker(toks, text); who != "" {
		return who
	}
	if who := d.initialsColonDE(toks, text); who != "" {
		return who
	}
	if who := d.turnLabel(toks, text, broadcastRolesDE); who != "" {
		return who
	}
	return d.caseLabel(toks, text, broadcastRolesDE, caseTitleDE)
}

// broadcastRolesDE are the roles a German transcript's label may open
// with, in lower case ("MODERATORIN: …", "GAST ANN LEE: …").
var broadcastRolesDE = map[string]bool{
	"moderator": true, "moderatorin": true, "moderation": true, "interviewer": true, "interviewerin": true,
	"reporter": true, "reporterin": true, "korrespondent": true, "korrespondentin": true, "gast": true,
	"anrufer": true, "anruferin": true, "frage": true,
}
