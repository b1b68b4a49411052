package extract

import "strings"

// Bodies with a name of a phrase are written in quotation marks after an
// article or a kind noun ("wie die „Aktion Hafen hilft“ mitteilte", "die
// Initiative „Brot für alle“"). A claimant read as the name's first words
// is the whole quoted name, as the labels give it.

// quotedPhraseNameDE returns the quoted name that opens with who when the unit
// writes who right after an opening quotation mark („ or "), the mark
// after an article or a capitalised word, and the name closes within six
// words; who otherwise.
func quotedPhraseNameDE(text, who string) string {
	if who == "" || strings.IndexByte(who, ';') >= 0 {
		return who
	}
	if name := kindQuotedDE(text, who); name != "" {
		return name // "Die Initiative „Wohnen statt Warten“ kritisierte"
	}
	for _, open := range [...]string{"„", "\""} {
		if !strings.Contains(text, open) {
			continue // no such mark: spares joining open and who
		}
		for k := strings.Index(text, open+who); k >= 0; {
			start := k + len(open)
			end := strings.IndexAny(text[start:], "“”\"")
			if end > len(who) && strings.Count(text[start:start+end], " ") <= 5 && beforeQuoteDE(text[:k]) {
				return text[start : start+end]
			}
			next := strings.Index(text[start:], open+who)
			if next < 0 {
				break
			}
			k = start + next
		}
	}
	return who
}

// beforeQuoteDE reports whether the text before an opening quotation mark
// ends with an article or a capitalised word ("die", "Initiative").
func beforeQuoteDE(before string) bool {
	f := strings.Fields(before)
	if len(f) == 0 {
		return false
	}
	w := f[len(f)-1]
	switch strings.ToLower(w) {
	case "der", "die", "das", "des", "dem", "den":
		return true
	}
	return upperFirst(w) && !strings.ContainsAny(w, ".,:;!?")
}

// kindQuotedDE returns the name in „…“ that the unit writes right after
// who when who is one capitalised word, a noun of an organisation or a
// civic group ("Hilfsorganisation", civicNounsDE: "Initiative „Wohnen
// statt Warten“"); "" otherwise. Other kind nouns are left as they are
// ("Der Verein „…“ hat nach eigenen Angaben …": TestQuotedVorfeldDE).
func kindQuotedDE(text, who string) string {
	if strings.IndexByte(who, ' ') >= 0 || kindHeadDE(who) != "Organisation" && !civicNounsDE[who] {
		return ""
	}
	k := strings.Index(text, who+" „")
	if k < 0 {
		return ""
	}
	start := k + len(who+" „")
	end := strings.IndexAny(text[start:], "“”")
	if end <= 0 || strings.Count(text[start:start+end], " ") > 5 || !upperFirst(text[start:]) {
		return ""
	}
	return text[start : start+end]
}

// civicNounsDE are nouns of civic groups written before their quoted name
// (closed class).
var civicNounsDE = map[string]bool{"Initiative": true, "Bürgerinitiative": true, "Kampagne": true, "Aktion": true, "Bündnis": true, "Netzwerk": true, "Gruppe": true}
