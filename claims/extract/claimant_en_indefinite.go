package extract

import "strings"

// indefinitePronounsEN are the English pronouns that name no one in
// particular, in lower case: "Nobody asked the residents", "Everyone
// agrees …" quote no source a fact-checker could ask.
var indefinitePronounsEN = map[string]bool{
	"nobody": true, "no one": true, "no-one": true, "everyone": true, "everybody": true,
	"someone": true, "somebody": true, "anyone": true, "anybody": true,
}

// indefiniteSpeakerEN returns "" when who is an indefinite pronoun alone,
// who otherwise.
func indefiniteSpeakerEN(who string) string {
	if len(who) <= len("everybody") && indefinitePronounsEN[strings.ToLower(who)] {
		return ""
	}
	return who
}
