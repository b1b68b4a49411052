package extract

import "strings"

// "Save the Children said …", "Save the Calder, a group of anglers,
// said …", "The Stop the War Coalition said …": a campaign's name opens
// with a verb in the imperative and "the". The lower-case article ends
// the run of capitalised words the subject rules read, so the claimant
// keeps only the words after it ("Children", "War Coalition").

// campaignNameEN returns "<Verb> the <who>" when text writes who after a
// capitalised imperative of a campaign's name (campaignVerbEN) and "the";
// who otherwise, and for several claimants.
func campaignNameEN(text, who string) string {
	if who == "" || strings.Contains(who, "; ") || !upperFirst(who) {
		return who
	}
	for k := 0; ; {
		i := strings.Index(text[k:], " the "+who)
		if i < 0 {
			return who
		}
		i += k
		b := strings.LastIndexAny(text[:i], " “\"(") + 1
		if v := text[b:i]; upperFirst(v) && campaignVerbEN(strings.ToLower(v)) {
			return text[b:i] + " the " + who
		}
		k = i + 1
	}
}

// campaignVerbEN reports whether w is a verb that opens campaigns' names
// in the imperative ("save", "stop", "keep").
func campaignVerbEN(w string) bool {
	return foldIn(w, "save", "stop", "keep", "protect", "defend", "free", "end", "fight", "reclaim", "restore")
}
