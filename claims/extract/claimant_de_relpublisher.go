package extract

import "strings"

// "Das geht aus einem Papier hervor, das der Verband der Textilindustrie
// veröffentlicht hat." A document without a genitive names its publisher
// in a relative clause right after it; that body is the source of the
// finding, as the genitive is in "aus einer Auswertung des Verbands X"
// (studySourceDE).

// publishParticiplesDE are participles of publishing a document.
var publishParticiplesDE = map[string]bool{
	"veröffentlicht": true, "vorgelegt": true, "erstellt": true, "herausgegeben": true,
	"verfasst": true, "vorgestellt": true, "verbreitet": true,
}

// relativePublisherDE reads from token n a document (perhaps an article and
// up to two lower-case adjectives, then a noun of studyNounsDE or a noun
// ending in "papier"), perhaps "hervor", a comma, a relative pronoun "das", "die" or "den",
// and a subject after an article that the next words name, followed by a
// participle of publishing (publishParticiplesDE) and "hat", "hatte" or
// "habe": the subject's name; "" otherwise.
func (d *docState) relativePublisherDE(toks []token, text string, n int, lex lexicon) string {
	if n < len(toks) && toks[n].cat&cDet != 0 {
		n++
	}
	for a := 0; a < 2 && n < len(toks) && lowerWord(&toks[n]) && toks[n].cat&cDet == 0 && inflectedDE(toks[n].low); a++ {
		n++ // "einem neuen Papier"
	}
	if n+4 >= len(toks) || !studyNounsDE[toks[n].low] && !strings.HasSuffix(toks[n].low, "papier") {
		return ""
	}
	if toks[n+1].low == "hervor" {
		n++ // the particle closes the main clause before the relative clause
	}
	if n+4 >= len(toks) || toks[n+1].p != ',' {
		return ""
	}
	switch toks[n+2].low {
	case "das", "die", "den":
	default:
		return ""
	}
	s := n + 3
	switch toks[s].low {
	case "der", "die", "das":
	default:
		return "" // a named subject after an article only ("das der Verband …")
	}
	for k := s + 1; k+1 < len(toks) && k <= s+8 && !toks[k].is(tPunct); k++ {
		if !publishParticiplesDE[toks[k].low] {
			continue
		}
		switch toks[k+1].low {
		case "hat", "hatte", "habe":
			return d.nameAt(toks, text, s, true, lex, false, true)
		}
		return ""
	}
	return ""
}
