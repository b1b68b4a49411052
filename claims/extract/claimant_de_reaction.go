package extract

// "reagieren" takes a position when the text says how: "Die Umwelthilfe
// reagierte mit Unverständnis", "Der Verband reagierte empört", "Positiv
// reagierte die Regierung". Without such a word it narrates an action
// ("Die Stadt reagierte damit auf den Fall", "Die Börse reagierte kaum"),
// and a positive or negative reaction to a test is a finding of medicine.

// reactionVerbDE reports whether w is a form of "reagieren".
func reactionVerbDE(w string) bool {
	switch w {
	case "reagiert", "reagierte", "reagierten", "reagieren":
		return true
	}
	return false
}

// reactionNounsDE are the nouns after "mit" that say how someone reacted:
// a feeling, a judgement, approval or refusal ("mit scharfer Kritik").
var reactionNounsDE = map[string]bool{
	"unverständnis": true, "empörung": true, "entsetzen": true, "wut": true, "kritik": true, "befremden": true,
	"erleichterung": true, "freude": true, "zustimmung": true, "ablehnung": true, "bestürzung": true,
	"enttäuschung": true, "sorge": true, "besorgnis": true, "skepsis": true, "zurückhaltung": true,
	"gelassenheit": true, "genugtuung": true, "unmut": true, "protest": true, "verärgerung": true, "irritation": true,
}

// reactionAdverbsDE are the words that say how someone reacted without
// "mit" ("reagierte empört", "Positiv reagierte …").
var reactionAdverbsDE = map[string]bool{
	"empört": true, "entsetzt": true, "erleichtert": true, "enttäuscht": true, "gelassen": true, "verärgert": true,
	"irritiert": true, "zurückhaltend": true, "verhalten": true, "skeptisch": true, "kritisch": true, "scharf": true,
	"besorgt": true, "erfreut": true, "bestürzt": true, "verständnislos": true, "zustimmend": true, "ablehnend": true,
	"positiv": true, "negativ": true, "gelassener": true, "schärfer": true,
}

// reactionViewDE reports whether the form of "reagieren" at v takes a
// position: a word of reactionAdverbsDE, or one of reactionNounsDE at most
// two words after "mit", stands in its clause (before or after the verb),
// "damit" does not ("reagierte damit auf …": an action), and no
// word of the clause ends in "test" ("reagierte positiv auf einen Test").
func reactionViewDE(toks []token, v int) bool {
	if !reactionVerbDE(toks[v].low) {
		return false
	}
	a := v
	for a > 0 && !clauseBreak(&toks[a-1]) && !toks[a-1].is(tPunct) {
		a--
	}
	e := v + 1
	for e < len(toks) && !clauseBreak(&toks[e]) && !toks[e].is(tPunct) {
		e++
	}
	how := false
	for k := a; k < e; k++ {
		w := toks[k].low
		switch {
		case w == "damit" || len(w) >= 4 && w[len(w)-4:] == "test":
			return false
		case reactionAdverbsDE[w] || reactionNounsDE[w] && withBeforeDE(toks, a, k):
			how = true
		}
	}
	return how
}

// withBeforeDE reports whether "mit" stands at most two words before k,
// not before a: "mit Unverständnis", "mit scharfer Kritik".
func withBeforeDE(toks []token, a, k int) bool {
	for j := k - 1; j >= a && j >= k-3; j-- {
		if toks[j].low == "mit" {
			return true
		}
	}
	return false
}
