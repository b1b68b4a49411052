package extract

import "strings"

// "The ferry operator, Gullwing Marine, disputed …": bodyApposEN with one
// or two lower-case words between "the" and the body noun.

// maxApposModifiers is the most lower-case words before the body noun.
const maxApposModifiers = 2

// bodyApposLongEN reports whether the unit opens with "the", one to
// maxApposModifiers lower-case words and a body noun (bodyNounEN) right
// before ", who," in text.
func bodyApposLongEN(toks []token, text, who string) bool {
	if len(toks) < 4 || toks[0].low != "the" {
		return false
	}
	for n := 2; n <= maxApposModifiers+1 && n+1 < len(toks); n++ {
		if t := &toks[n-1]; t.flags&(tCap|tPunct) != 0 {
			return false
		}
		if bodyNounEN(toks[n].low) && !toks[n].is(tCap) && toks[n+1].p == ',' {
			return strings.HasPrefix(text[toks[n].e:], ", "+who+",")
		}
	}
	return false
}
