package extract

// An interview printed as turns marks each answer with its speaker's name
// and a colon at the start of a paragraph ("Jan Roth: Das war knapp. Wir
// haben lange gerechnet."). The answer runs to the end of that paragraph:
// its later sentences are the same speaker's even when they hold no first
// person, no quotation and no Konjunktiv, until a new paragraph (the next
// question) begins. Once the text has given such a turn, a paragraph that
// follows a question and opens with no question is an answer too, when
// the interview stops repeating the name: the last turn's speaker's.

// answerTurn is the speaker of the interview answer the current paragraph
// holds, "" when it holds none.
type answerTurn struct {
	speaker   string
	turn      string // the speaker of the text's last "Name: …" turn
	question  bool   // the unit before ended with a question mark
	paraStart bool   // the unit being attributed opens its paragraph
	para      string // the paragraph the unit opens, when paraStart
	asking    bool   // the paragraph is the asker's ("SZ: …?": askerLabelDE)
}

// noteParagraph records whether the unit starting at doc[start] opens a
// paragraph: only blanks stand between it and the last line break (or the
// start of the text).
func (t *answerTurn) noteParagraph(doc string, start int) {
	k := start - 1
	for k >= 0 && (doc[k] == ' ' || doc[k] == '\t' || doc[k] == '\r') {
		k--
	}
	t.paraStart = k < 0 || doc[k] == '\n'
	t.para = ""
	if t.paraStart {
		t.para = paragraphAt(doc, start)
	}
}

// answerSpeakerDE returns who and carried unchanged, except that a German
// unit inside an answer paragraph with no claimant, with one only carried
// over from an earlier unit (a first person, Konjunktiv I), or in the
// first person in its first clause outside quotation marks (the one
// answering speaks of themself: "Da werden wir informiert" names no other
// speaker) gets the answer's speaker. A paragraph that opens with "Name:
// …" or the name's initials (turnSpeakerDE) starts an answer; so does one
// that follows a unit ending in "?" and whose first unit is no question,
// after a first turn; any other paragraph start ends it. A paragraph the
// asker opens with a label ("SZ: …?": askerLabelDE) keeps no carried
// speaker.
func (d *docState) answerSpeakerDE(toks []token, text, who string, carried bool) (string, bool) {
	t := &d.answer
	question := t.question
	t.question = len(toks) > 0 && toks[len(toks)-1].p == '?'
	if t.paraStart {
		t.speaker = ""
		t.asking = (who == "" || carried) && d.askerLabelDE(toks, text, t.para)
	}
	if t.asking && carried {
		return "", false // "SZ: … Sind wir mitten in der zweiten Welle?": the asker's (claimant_de_askerturn.go)
	}
	if t.paraStart {
		switch {
		case who != "" && who == d.turnSpeakerDE(toks, text):
			t.speaker, t.turn = who, who
			return who, carried
		case question && t.turn != "" && !t.question:
			t.speaker = t.turn // an answer the interview leaves unnamed
		default:
			return who, carried
		}
	}
	if (who == "" || carried || unquotedFirstPersonDE(toks, text)) && t.speaker != "" {
		return t.speaker, true
	}
	return who, carried
}

// unquotedFirstPersonDE reports whether "ich" or "wir" stands in the
// unit's first clause (before a comma or colon), outside double quotation
// marks: the subject of its main clause, not of one it reports ("Das Amt
// hat gewarnt, wir sollen …").
func unquotedFirstPersonDE(toks []token, text string) bool {
	quoted := false
	for i := range toks {
		if doubleQuote(&toks[i], text) {
			quoted = !quoted
			continue
		}
		if !quoted && (toks[i].p == ',' || toks[i].p == ':') {
			return false
		}
		if !quoted && (toks[i].low == "ich" || toks[i].low == "wir") {
			return true
		}
	}
	return false
}
