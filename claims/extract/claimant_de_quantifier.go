package extract

import "strings"

// quantifierWordsDE are German quantifiers that can open a plural noun
// phrase taken for a claimant ("Die meisten Wissenschaftlerinnen", "Viele
// Landwirte", "Mehreren Untersuchungen zufolge"), in every ending: a
// closed class.
var quantifierWordsDE = map[string]bool{
	"meiste": true, "meisten": true, "viele": true, "vielen": true, "einige": true, "einigen": true,
	"manche": true, "manchen": true, "mehrere": true, "mehreren": true, "zahlreiche": true, "zahlreichen": true,
	"etliche": true, "etlichen": true, "wenige": true, "wenigen": true,
}

// quantifierCutDE drops a quantifier that opens a claimant of more than
// one word: the group is the speaker, not "Viele Landwirte" (each of
// several claimants on its own).
func quantifierCutDE(who string) string {
	if who == "" {
		return who
	}
	if a, b, ok := strings.Cut(who, "; "); ok {
		return joinClaimants(quantifierCutDE(a), quantifierCutDE(b))
	}
	first, rest, ok := strings.Cut(who, " ")
	if !ok || !lowerIn(quantifierWordsDE, first) || !upperFirst(rest) {
		return who
	}
	return rest
}
