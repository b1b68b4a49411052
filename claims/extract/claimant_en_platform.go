package extract

// "A viral post shared on Facebook claims that …", "a video on TikTok
// shows …": a name right before an English verb of saying that follows
// "on" after a word in lower case is the place where the subject
// appeared (a platform, a site), not the subject; the subject is the
// post, which names no one. "The House Committee on Foreign Affairs said"
// keeps its name (a capitalised word before "on").

// platformObjectEN reports whether the capitalised run starting at token k
// is the object of "on" that follows a word in lower case.
func platformObjectEN(toks []token, k int) bool {
	return k >= 2 && toks[k-1].low == "on" && lowerWord(&toks[k-2])
}
