package extract

import "strings"

// "Save the Children said …", "Save the Calder, a group of anglers,
// said …", "The Stop the War Coalition said …": a campaign's name opens
// with a verb in the imperative and "the". The lower-case article ends
// the run of capitalised words the subject rules read, so the claimant
// keeps only the words after it ("Children", "War Coalition").

// campaignNameEN returns "<Verb> the <words>" when text writes
// capitalised words after a capitalised imperative of a campaign's name
// (campaignVerbEN) and "the", and who is those words or ends with their
// last (a person of that surname taken for them); who otherwise, and for
// several claimants.
func campaignNameEN(text, who string) string {
	if who == "" || strings.Contains(who, "; ") || !upperFirst(who) {
		return who
	}
	for k := 0; ; {
		i := strings.Index(text[k:], " the ")
		if i < 0 {
			return who
		}
		i += k
		b := strings.LastIndexAny(text[:i], " “\"(") + 1
		rest := text[i+len(" the "):]
		if v := text[b:i]; upperFirst(v) && campaignVerbEN(strings.ToLower(v)) {
			if n := capWordsSpan(rest, 4); n > 0 && (who == rest[:n] || strings.HasSuffix(who, " "+lastWord(rest[:n]))) {
				return text[b:i] + " the " + rest[:n] // also when a person of that surname was taken: "Kelmont" → "Tom Kelmont"
			}
		}
		k = i + 1
	}
}

// campaignVerbEN reports whether w is a verb that opens campaigns' names
// in the imperative ("save", "stop", "keep").
func campaignVerbEN(w string) bool {
	return foldIn(w, "save", "stop", "keep", "protect", "defend", "free", "end", "fight", "reclaim", "restore")
}

// campaignFormEN reports whether name opens with a capitalised campaign
// verb and "the" ("Save the Calder"): a campaign's name, whose words
// before the last are no titles (fullName).
func campaignFormEN(name string) bool {
	v, rest, ok := strings.Cut(name, " the ")
	return ok && rest != "" && upperFirst(v) && campaignVerbEN(strings.ToLower(v))
}
