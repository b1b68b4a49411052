package extract

// agreedToEN reports whether v is "agree", "agrees" or "agreed" followed
// by "to": "the two mayors agreed to a truce", "the court agreed to hear
// the case" name a step the subject consented to, an act the author
// narrates (objectActEN), not a position. "agreed with Lee" and "agreed
// that …" keep their claim.
func agreedToEN(toks []token, v int) bool {
	return foldIn(toks[v].low, "agree", "agrees", "agreed") && v+1 < len(toks) && toks[v+1].low == "to"
}
