package extract

import "strings"

// "What do businesses say?", "How did the council respond?": a question
// (an explainer's heading, an interviewer's turn) asks what someone says;
// it states nothing, so its words are no speaker, though a verb of saying
// ends it and the words before the verb look like its subject.

// questionLeadCutEN returns "" when the English claimant who opens with
// an interrogative word and an auxiliary ("What do businesses", "How did
// the council"), who otherwise.
func questionLeadCutEN(who string) string {
	f := strings.Fields(who)
	if len(f) < 2 || !foldIn(f[0], "what", "who", "how", "why", "when", "where", "which") {
		return who
	}
	if !foldIn(f[1], "do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should") {
		return who
	}
	return ""
}
