package extract

import "strings"

// "A fire broke out on Monday, with no injuries reported.", "…, with two
// deaths confirmed so far": after "with", a noun and a past participle
// form an absolute phrase that says what was reported, by nobody named;
// the participle is passive, so the noun before it is no speaker.

// withAbsoluteCutEN returns "" when the English claimant who opens with
// "with" (the absolute phrase's noun taken as the subject of its
// participle), who otherwise.
func withAbsoluteCutEN(who string) string {
	if len(who) > 5 && strings.EqualFold(who[:5], "with ") {
		return ""
	}
	return who
}
