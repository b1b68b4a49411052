package extract

import "strings"

// A broadcast transcript marks each turn with its speaker's name in
// capitals and a colon at the start of a paragraph, the host's often with
// the role first ("HOST ANN LEE: Good morning."), a caller's often by the
// first name alone ("TOM: Thanks for having me."). The turn runs to the
// end of its paragraph. A label is read when a role of broadcasting opens
// it, when it names a person the text named in full before, or once the
// text has shown itself a transcript by such a label or by a role alone
// ("MODERATOR: Thank you."), as a debate's transcript does; so a heading in
// capitals ("UPDATE: …") in another text names nobody.

// transcriptEN is what the English rules know of a transcript.
type transcriptEN struct {
	speaker string   // the speaker of the turn the current paragraph holds
	titled  bool     // the turn's label had a courtesy title or an office (titledLabelEN)
	on      bool     // a turn label was read: the text is a transcript
	said    bool     // an earlier unit said "transcript" (claimant_en_transcriptword.go)
	labels  []string // the labels of two words or more read so far, in ordinary case
	last    []string // the last word of every label's name read so far, in ordinary case (caseLabel)
}

// broadcastRolesEN are the roles a transcript's label may open with, in
// lower case.
var broadcastRolesEN = map[string]bool{
	"host": true, "presenter": true, "anchor": true, "moderator": true, "caller": true,
	"reporter": true, "correspondent": true, "interviewer": true, "guest": true, "co-host": true,
}

// maxLabelWords is the most words a turn label holds, its role included.
const maxLabelWords = 4

// turnLabelEN returns the speaker an English turn label opening the unit
// names: a label with a courtesy title or an office (titledLabelEN), else
// turnLabel with the English roles, else a parliament's record's label
// (recordLabelEN), else a label in ordinary case (caseLabel: "Halloway:
// …", "Dr. Whitfield: …").
func (d *docState) turnLabelEN(toks []token, text string) string {
	who := d.titledLabelEN(toks, text)
	d.turns.titled = who != ""
	if who != "" {
		return who
	}
	if who := d.turnLabel(toks, text, broadcastRolesEN); who != "" {
		return who
	}
	if who := d.recordLabelEN(toks, text); who != "" {
		return who // "Mrs Ann Lee (Kelmoor East) (Lab): …" (claimant_en_record.go)
	}
	return d.caseLabel(toks, text, broadcastRolesEN, caseTitleEN)
}

// turnLabel returns the speaker a turn label opening the unit names (the
// role dropped, the words in ordinary case, the fullest name the text
// gave), "" when the unit opens with none: at most maxLabelWords words in
// capitals, then a colon and minTurnTokens tokens or more up to a full
// stop, question or exclamation mark. roles are the roles a label may open
// with, in lower case. A role alone (roleTurn) names nobody but shows the
// text a transcript.
func (d *docState) turnLabel(toks []token, text string, roles map[string]bool) string {
	k := 0
	for k < len(toks) && k < maxLabelWords && toks[k].is(tAllCap) && !toks[k].is(tPunct) {
		k++
	}
	role := k > 0 && roles[toks[0].low]
	if role && k == 1 && roleTurn(toks) {
		d.turns.on = true // "MODERATOR: Thank you.": a transcript, though the label names nobody,
		d.prevClaim = ""  // and the voice of the turn before goes on no more
		return ""
	}
	if k == 0 || !fullStopTurnEN(toks, k) {
		return ""
	}
	first := 0
	if role {
		first = 1
	}
	if first == k {
		return ""
	}
	name := titleCaseEN(text[toks[first].s:toks[k-1].e])
	d.turns.noteLast(name)
	i, known := d.byKey[name]
	known = known && i < d.before
	if !role && !d.turns.on && !d.turns.said && !(known && strings.IndexByte(name, ' ') > 0) {
		return ""
	}
	d.turns.on = true
	if known {
		return d.people[i].name
	}
	return d.turns.labelNameEN(name)
}

// fullStopTurnEN reports whether a colon follows the label toks[:k] and
// minTurnTokens tokens or more follow the colon, the last a full stop,
// question or exclamation mark.
func fullStopTurnEN(toks []token, k int) bool {
	if k >= len(toks) || toks[k].p != ':' || len(toks)-k-1 < minTurnTokens {
		return false
	}
	p := toks[len(toks)-1].p
	return p == '.' || p == '?' || p == '!'
}

// turnSpeakerEN returns who and carried unchanged, except in a
// transcript's turn: the unit that opens with the label gets the label's
// speaker when the rules found none or took the label's words for the
// subject ("HOST ANN LEE: The board says …" gave "ANN LEE"); the
// paragraph's later units with no claimant of their own, or one only
// carried over, get it too (carried); a titled turn's also the later
// paragraphs up to the next label (titledTurnGoesOnEN).
func (d *docState) turnSpeakerEN(toks []token, text, who string, carried bool) (string, bool) {
	t := &d.turns
	defer t.noteTranscriptWordEN(toks) // "A partial transcript follows.": for the units after this one
	if d.answer.paraStart {
		prev, titled := t.speaker, t.titled
		t.speaker = d.turnLabelEN(toks, text)
		if t.speaker == "" && titled && prev != "" && !labelOpensEN(toks, text) {
			t.speaker, t.titled = prev, true // "GOVERNOR MARSH: Thank you. | Four years ago, our state …"
			if who == "" || carried {
				return prev, true
			}
			return who, carried
		}
		if t.speaker != "" && (who == "" || carried || strings.EqualFold(who, t.speaker) || labelWordsEN(toks, text, who)) {
			return t.speaker, false
		}
		return who, carried
	}
	if t.speaker != "" && (who == "" || carried) {
		return t.speaker, true
	}
	return who, carried
}

// roleTurn reports whether the unit opens with a one-word label, a colon
// and at least one word up to a full stop, question or exclamation mark
// ("MODERATOR: Thank you.").
func roleTurn(toks []token) bool {
	if len(toks) < 4 || toks[1].p != ':' || toks[2].is(tPunct) {
		return false
	}
	p := toks[len(toks)-1].p
	return p == '.' || p == '?' || p == '!'
}

// labelWordsEN reports whether who is written in capitals and stands in
// the unit before its first colon: the rules took a label for a subject.
func labelWordsEN(toks []token, text, who string) bool {
	c := strings.IndexByte(text, ':')
	return c > 0 && allCaps(strings.ReplaceAll(who, " ", "")) && strings.Contains(text[:c], who)
}
