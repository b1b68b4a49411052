package extract

import "unicode/utf8"

// CommentLike reports whether text, in language lang ("de" or "en"),
// reads like a reader's comment or post rather than edited news (see
// commentLike).
func CommentLike(text, lang string) bool {
	var z tokenizer
	s, e := trimSpan(text, 0, len(text))
	return commentLike(text[s:e], z.tokenize(text[s:e], lexFor(lang)))
}

// Genre returns the genre of a collection of whole texts of which
// commentLike read like comments: GenreComments when at least half of them
// do, GenreNews otherwise. A collection is read as one kind, as a
// document has one language: a formal comment among comments is still a
// comment, a quoted "ich" in a news sentence does not make it one.
func Genre(commentLike, total int) string {
	if total > 0 && 2*commentLike >= total {
		return GenreComments
	}
	return GenreNews
}

// commentLike reports whether a whole text reads like a reader's comment
// or a post rather than a sentence or paragraph of edited news, so that
// the model should read it with the weights of the comments genre. News is
// assumed unless the text shows one of the marks of informal writing:
// a mention or hashtag (@, #), an emoji, doubled punctuation (!!, ?!, ..),
// a first-person-singular or second-person word outside quotation marks
// (news keeps "ich" and "du" inside quotes), a start that is not a capital
// letter, digit, quotation mark or dash, or an end without final
// punctuation.
func commentLike(text string, toks []token) bool {
	if len(toks) == 0 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(text[toks[0].s:])
	if !(toks[0].is(tCap) || toks[0].is(tNum) || toks[0].is(tQuote) || first == '–' || first == '-' || first == '—' || first == '(') {
		return true
	}
	last := toks[len(toks)-1]
	if !last.is(tPunct) || !(last.p == '.' || last.p == '!' || last.p == '?' || last.p == ')' || last.is(tQuote)) {
		return true
	}
	depth := 0
	for i := range toks {
		t := &toks[i]
		if t.is(tPunct) {
			r, _ := utf8.DecodeRuneInString(text[t.s:])
			switch {
			case r == '@' || r == '#' || r >= 0x1F000 && r <= 0x1FAFF || r >= 0x2600 && r <= 0x27BF:
				return true
			case r == '„' || r == '‚' || r == '»' || r == '“' && depth == 0:
				depth++
			case r == '“' || r == '‘' || r == '«' || r == '”':
				depth = max(depth-1, 0)
			case r == '"':
				depth = 1 - min(depth, 1)
			}
			if i > 0 && toks[i-1].is(tPunct) && toks[i-1].e == t.s && (t.p == '!' || t.p == '?') && (toks[i-1].p == '!' || toks[i-1].p == '?') {
				return true
			}
			if i > 0 && t.p == '.' && toks[i-1].p == '.' && toks[i-1].e == t.s {
				return true
			}
			continue
		}
		if depth == 0 && t.cat&(cFirstSing|cSecond) != 0 {
			return true
		}
	}
	return false
}
