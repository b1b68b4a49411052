package extract

// A speaker introduced by a unit that ends with a colon ("Der Sprecher
// sagte:", "In a statement, Ann Lee wrote:") says what follows: the
// paragraph after it is the speaker's words, printed as a block without
// quotation marks (a statement quoted in full, a passage of a speech).
// The guide carries such unmarked quotes "until the text changes
// speaker"; colonBlockSpeaker carries the speaker to the end of that
// paragraph. A unit of it with a speaker of its own, or one carried over
// (a quotation of someone else the block cites), keeps that one.

// colonBlock is the speaker of a colon's block.
type colonBlock struct {
	pending string // the speaker of the unit before, which ended with a colon
	who     string // the speaker of the block the current paragraph holds
}

// colonBlockSpeaker returns who and carried unchanged, except for a unit
// with no speaker, not even one carried over, in the block after a
// speaker's colon: it gets that speaker (carried). It notes a unit that
// ends with a colon and names its speaker itself as the opening of a block.
func (d *docState) colonBlockSpeaker(toks []token, who string, carried bool) (string, bool) {
	b := &d.colon
	switch {
	case b.pending != "":
		b.who, b.pending = b.pending, ""
	case d.answer.paraStart:
		b.who = ""
	}
	if b.who != "" && who == "" {
		who, carried = b.who, true
	}
	if n := len(toks); n > 0 && toks[n-1].p == ':' && who != "" && !carried {
		b.pending = who // "Der Sprecher sagte:" | "Die Lage ist ernst."
	}
	return who, carried
}
