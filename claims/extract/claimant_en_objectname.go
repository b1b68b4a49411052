package extract

import "strings"

// "Campaign officials saw Stone as the access point, he said.": a name
// right after a verb is its object, and a subject pronoun later in the
// sentence does not refer to an object of its own sentence; it takes up
// the subject of the sentence or of the text before. A name opening the
// sentence, after punctuation, a conjunction, a verb of saying ("says
// Lee") or a role ("host Ann Lee") may be the subject, and so may a name
// after a noun used as a title, which has a modifier of its own before it
// ("The Ethiopian marathoner Ann Lee", "the host Ann Lee") or is a
// compound ("front-runner Ann Lee"); a verb has its subject, "to" or an
// auxiliary before it ("officials saw Lee", "to damage Lee", "did give
// Lee").

// objectNameEN reports whether the run of capitalised words holding token
// k follows a lower-case word that is none of a conjunction, a verb of
// saying, a role or a hyphenated compound, and the word before that one
// is lower case and no determiner or possessive: the name is then an
// object, not a subject.
func objectNameEN(toks []token, k int, lex lexicon) bool {
	for k > 0 && capWord(&toks[k-1]) {
		k--
	}
	if k < 2 {
		return false
	}
	p, q := &toks[k-1], &toks[k-2]
	if !lowerWord(p) || p.is(tQuote) || strings.IndexByte(p.low, '-') >= 0 || !lowerWord(q) || q.cat&cDet != 0 || possessive[q.low] {
		return false
	}
	return p.cat&cSpeech == 0 && roleOf(p, lex) == "" && !subjectJoinEN(p.low)
}

// subjectJoinEN reports whether w (lower case) is a conjunction that may
// stand right before a clause's subject.
func subjectJoinEN(w string) bool {
	return foldIn(w, "and", "but", "or", "nor", "so", "yet", "as", "if", "when", "whenever", "while", "because", "since", "although",
		"though", "that", "until", "unless", "once", "whether", "where", "whereas", "after", "before")
}
