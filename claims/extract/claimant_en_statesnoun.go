package extract

import "strings"

// statesNounEN reports whether "states" at v is the plural noun, not the
// verb of saying: after a number ("in five states", "Nineteen states"), a
// quantifier ("Many states", "other states"), a hyphenated participle ("in
// Republican-leaning states"), a compass adjective ("Southern states") or
// a word that commonly forms a compound with it ("swing states", "Gulf
// states", "Rust Belt states"), or before an apostrophe ("states'
// rights"). "The report states …" keeps its verb.
func statesNounEN(toks []token, v int) bool {
	if v == 0 || toks[v].low != "states" {
		return false
	}
	if v+1 < len(toks) && toks[v+1].s == toks[v].e && (toks[v+1].p == '\'' || toks[v+1].p == 0xE2) {
		return true // "states' rights", "states’ budgets": a possessive plural (’ opens with byte E2)
	}
	p := &toks[v-1]
	if p.is(tPunct) {
		return false
	}
	if p.is(tNum) || p.cat&cNumWord != 0 || strings.HasSuffix(p.low, "teen") {
		return true // "in 11 states", "Nineteen states"
	}
	if h := strings.LastIndexByte(p.low, '-'); h > 0 {
		if m := p.low[h+1:]; strings.HasSuffix(m, "ing") || strings.HasSuffix(m, "ed") || m == "run" || m == "led" {
			return true // "Republican-leaning states", "Trump-voting states"
		}
	}
	if strings.HasSuffix(p.low, "ern") {
		return true // "Southern states", "the northern states"
	}
	return foldIn(p.low, "many", "few", "several", "other", "some", "all", "both", "most", "these", "those",
		"numerous", "various", "multiple", "more", "fewer", "remaining", "individual", "certain",
		"swing", "battleground", "member", "border", "red", "blue", "republican", "democratic", "gulf", "baltic",
		"arab", "island", "coastal", "neighboring", "neighbouring", "key", "belt", "sovereign", "independent")
}
