package extract

// "…,” Ann Lee said of the mayor." A preposition right after a verb of
// saying ("said of", "said about", "wrote about") opens the topic of the
// statement, not an inverted subject: an inverted subject follows the
// verb directly ("…,” said Ann Lee"). The speaker then stands before the
// verb, as in "Ann Lee said".

// topicAfterEN reports whether the English verb of saying v is followed
// by a preposition that names what the statement is about.
func topicAfterEN(toks []token, v int) bool {
	return v+1 < len(toks) && foldIn(toks[v+1].low, "of", "about", "regarding", "concerning")
}
