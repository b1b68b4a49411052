package app

// The passage („Passage markieren“) follows the chosen sentence: when the
// checker chooses another one (a suggestion, by keys or the mouse, or a
// row under „Sätze“), or shows the tab, the passage shows the part of a
// long article around it and scrolls it into view. It stayed where it was,
// and in a long article shown in parts the sentence was often not in the
// part shown (walk31).

// onSentenceMoved follows the chosen sentence i, chosen by the checker or
// by the view: a search hit of another sentence is left (leaveHit), and
// the passage, when shown, shows sentence i. The part of a long article
// shown changes only when it does not hold sentence i (syncPassage):
// laying out a part anew for each ↓ would slow the keys.
func (r *readerView) onSentenceMoved(i int) {
	r.leaveHit(i)
	if !r.passageShown() {
		return
	}
	r.syncPassage()
	r.passageToChosen()
}

// passageHolds reports whether the passage shows all of sentence i, in
// the article's present text.
func (r *readerView) passageHolds(i int) bool {
	e := r.passage
	if r.article == nil || i < 0 || i >= len(r.units) || e.base < 0 || e.Text != e.body {
		return false
	}
	end := e.base + len(e.body)
	return r.units[i].Start >= e.base && r.units[i].End <= end &&
		end <= len(r.article.Body) && r.article.Body[e.base:end] == e.body
}

// onTabShown fills the passage when its tab is shown and scrolls it to the
// chosen sentence.
func (r *readerView) onTabShown() {
	r.syncPassage()
	r.passageToChosen()
}

// passageToChosen scrolls the passage, when its tab is shown, so that the
// chosen sentence is in view. A search hit selected in it stays selected
// (it is in that sentence, and in view).
func (r *readerView) passageToChosen() {
	i := r.sentences.selected
	if !r.passageShown() || i < 0 || i >= len(r.units) {
		return
	}
	if r.hitShown.unit == i && r.passage.SelectedText() != "" {
		return
	}
	r.passage.showSpan(r.units[i].Start, r.units[i].End)
}
