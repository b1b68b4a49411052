package extract

import "strings"

// "“…,” said a statement from the Harbor Port Authority": a document noun
// with its issuer as the subject after the verb. The issuer is the
// claimant, as when the document opens the sentence (documentFromEN).

// documentIssuerEN returns the issuer of a claimant read as a document
// phrase ("a statement from the Harbor Port Authority" → "Harbor Port
// Authority", "an emailed statement from spokesman Tom Bell" → "Tom
// Bell"): an article, at most two words, a document noun
// (documentNounEN), "from" or "by", then the issuer without "the" and
// without the lower-case words of a role before a name; who otherwise.
func documentIssuerEN(who string) string {
	words := strings.Fields(who)
	if len(words) < 4 || strings.Contains(who, "; ") {
		return who
	}
	switch strings.ToLower(words[0]) {
	case "a", "an", "the":
	default:
		return who
	}
	for n := 1; n <= 3 && n+2 < len(words); n++ {
		if !documentNounEN(words[n]) || words[n+1] != "from" && words[n+1] != "by" {
			continue
		}
		rest := words[n+2:]
		for len(rest) > 1 && (rest[0] == "the" || !upperFirst(rest[0])) {
			rest = rest[1:] // "the", "spokesman"
		}
		if !upperFirst(rest[0]) {
			return who
		}
		return strings.Join(rest, " ")
	}
	return who
}
