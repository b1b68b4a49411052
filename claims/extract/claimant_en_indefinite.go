package extract

// indefinitePronounsEN are the English pronouns that name no one in
// particular, in lower case: "Nobody asked the residents", "Everyone
// agrees …" quote no source a fact-checker could ask.
var indefinitePronounsEN = map[string]bool{
	"nobody": true, "no one": true, "no-one": true, "everyone": true, "everybody": true,
	"someone": true, "somebody": true, "anyone": true, "anybody": true,
}

// numberWordsEN are the English cardinal numbers written as words, in
// lower case: alone, "Five questions for …" or "Two said …", they count
// and name no one.
var numberWordsEN = map[string]bool{
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true,
}

// indefiniteSpeakerEN returns "" when who is an indefinite pronoun or a
// number word alone, who otherwise.
func indefiniteSpeakerEN(who string) string {
	if len(who) <= len("everybody") && (lowerIn(indefinitePronounsEN, who) || lowerIn(numberWordsEN, who)) {
		return ""
	}
	return who
}
