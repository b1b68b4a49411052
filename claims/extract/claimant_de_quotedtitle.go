package extract

import "strings"

// Press reviews and media reports name a paper, a magazine or a group by
// its title in quotation marks: "Der „Weserbote“ kommentiert: …", "Die
// „Donaupost“ meint dagegen, …", "meldete die Nachrichtenseite „Golem“",
// "Im „Abendblatt“ heißt es: …", "Nach Informationen des Magazins „Der
// Blick“ …". The quoted title is the source; the claimant rules, which read
// names as runs of capitalised words, stop at the marks.

// quotedTitleDE returns the quoted title that is the source of the unit:
// a title after an article or an article and a noun ("die Zeitung „…“")
// right before or after a speech verb of the unit, after "Im" before
// "heißt es", or after "Nach Informationen/Angaben des"; "" otherwise.
func (d *docState) quotedTitleDE(u *claimUnit) string {
	toks := u.toks
	for q := 1; q+2 < len(toks); q++ {
		if toks[q].p != 0xe2 || u.text[toks[q].s:toks[q].e] != "„" {
			continue
		}
		c := titleCloseDE(toks, u.text, q)
		if c < 0 {
			continue
		}
		s := q - 1 // the article, or the noun after it
		if capWord(&toks[s]) && s > 0 {
			s--
		}
		if !titleArticleDE(toks[s].low) {
			continue
		}
		if quotedTitleSourceDE(toks, u.verbs, s, c) {
			return u.text[toks[q+1].s:toks[c-1].e]
		}
	}
	return ""
}

// titleCloseDE returns the index of the mark “ that closes a title of one
// to four words opened at q, the first capitalised; -1 otherwise.
func titleCloseDE(toks []token, text string, q int) int {
	for c := q + 1; c < len(toks) && c <= q+5; c++ {
		if toks[c].is(tPunct) {
			if c > q+1 && text[toks[c].s:toks[c].e] == "“" && capWord(&toks[q+1]) {
				return c
			}
			return -1
		}
	}
	return -1
}

// titleArticleDE reports whether w (lower case) is an article or a
// contracted preposition a title follows.
func titleArticleDE(w string) bool {
	switch w {
	case "der", "die", "das", "des", "dem", "im":
		return true
	}
	return false
}

// quotedTitleSourceDE reports whether the title from s (its article) to c
// (the closing mark) is the source: a speech verb of verbs within three
// words after c, or a word before a colon there, with the title opening the sentence (perhaps after "Auch"
// or "Wie": not "…, die das Magazin „…“ veröffentlichte"), a speech verb
// up to four words before s with a nominative article ("meint die „…“";
// not "gegenüber dem „…“"), "heißt es" after "Im …" or "In der …", or "Nach
// Informationen/Angaben" right before s.
func quotedTitleSourceDE(toks []token, verbs []int, s, c int) bool {
	opens := s == 0 || s == 1 && (toks[0].low == "auch" || toks[0].low == "wie")
	for _, v := range verbs {
		if namingDE(toks, v) {
			continue // "Das Gebäude hieß die „Alte Charité“": a name (claimant_de_naming.go)
		}
		if opens && v > c && v <= c+3 || v < s && v >= s-4 && toks[s].low != "dem" && toks[s].low != "im" {
			return true
		}
	}
	for j := c + 1; opens && j <= c+3 && j+1 < len(toks); j++ {
		if lowerWord(&toks[j]) && toks[j+1].p == ':' {
			return true // "Der „Weserbote“ aus Bremstedt kommentiert: …"
		}
	}
	inDer := s > 0 && toks[s].low == "der" && toks[s-1].low == "in" // "In der „Rheinischen Post“ heißt es"
	if (toks[s].low == "im" || inDer) && c+2 < len(toks) && (toks[c+1].low == "heißt" || toks[c+1].low == "hieß") && toks[c+2].low == "es" {
		return true
	}
	return s >= 2 && toks[s-2].low == "nach" && (toks[s-1].low == "informationen" || toks[s-1].low == "angaben") &&
		!strings.EqualFold(toks[s].low, "im")
}
