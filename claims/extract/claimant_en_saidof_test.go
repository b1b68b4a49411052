package extract

import "testing"

// TestTopicAfterEN checks "said of …": the words after the preposition
// are the statement's topic; the speaker stands before the verb. A name
// right after the verb is still its inverted subject.
func TestTopicAfterEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Mayor Tom Bell spoke in May. “They expect us to know this,” Ruth Okafor, the chair of the county board, said of the Bells.": "Ruth Okafor",
		"Mayor Tom Bell spoke in May. ''He is not fit to lead,'' Sam Hart, who is a painter, said of Mr. Bell.":                      "Sam Hart",
		"Mayor Tom Bell spoke in May. “He is not fit to lead,” Sam Hart, a painter, said about Bell.":                                "Sam Hart",
		"Mayor Tom Bell spoke in May. “He is not fit to lead,” said Sam Hart of the harbor board.":                                   "Sam Hart",
	})
}
