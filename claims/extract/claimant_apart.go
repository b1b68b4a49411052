package extract

// The lines of a collection read as comments are as many authors' posts:
// no speaker, person or transcript carries from one comment to the next
// ("Toller Beitrag 😀 Endlich sagt mal jemand die Wahrheit" gave its
// claimant to the next reader's "Great piece 👍 Finally someone says the
// truth"). Each comment is attributed with a claimant memory of its own,
// and its claimant given its fullest form within it, as a text of its
// own would be. Only what the lines showed of a transcript goes on (its
// turn labels: a debate read as comments keeps its speakers' labels).

// commentsApart reports whether the units are attributed apart: lines
// read as comments (a trace of the claimant's candidates follows one
// memory, so it keeps one).
func commentsApart(lines bool, dom int, opts Options) bool {
	return lines && dom == domComments && opts.trace == nil
}

// nextComment ends the claimant memory of the comment staged in prev,
// giving prev its fullest claimant as the comment alone names it, and
// starts d afresh for the next comment but for its transcript's turns.
func (wk *work) nextComment(d *docState, prev *staged, text string) {
	one := [1]Unit{{Text: text[prev.s:prev.e], Lang: prev.lang, Claimant: prev.who}}
	d.protocolHeadlineDE(one[:])
	d.fullest(one[:])
	prev.who = one[0].Claimant
	turns := d.turns // a debate's turns read as comments: its labels still name their speakers
	wk.m.clearMaps()
	wk.keepLists(d)
	*d = wk.docState(nil)
	d.turns = turns
}
