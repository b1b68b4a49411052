package extract

import "strings"

// respondedByEN reports whether v is a verb of answering ("responded",
// "replied", "reacted", "countered") followed by "by" and a verb in -ing
// that is no verb of saying: "the league responded by cancelling the
// match" narrates what the subject did (objectActEN), not a claim.
// "responded by saying …" keeps its claim.
func respondedByEN(toks []token, v int) bool {
	if !foldIn(toks[v].low, "respond", "responds", "responded", "reply", "replies", "replied", "react", "reacts", "reacted",
		"counter", "counters", "countered") || v+2 >= len(toks) || toks[v+1].low != "by" {
		return false
	}
	w := toks[v+2].low
	return strings.HasSuffix(w, "ing") && toks[v+2].cat&cSpeech == 0 &&
		!foldIn(w, "saying", "adding", "telling", "noting", "arguing", "explaining", "insisting", "warning", "stating", "declaring", "accusing", "calling", "writing", "asking")
}
