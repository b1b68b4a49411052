package extract

import "testing"

// TestQAInterviewEN checks an interview printed as "Q:"/"A:" turns: the
// answers, and their paragraph's later sentences, are the guest's whom
// the introduction names; a question and the text after the last answer
// are not.
func TestQAInterviewEN(t *testing.T) {
	intro := "Tessa Marlow runs the river trust. We spoke to her about the weir.\n\n"
	checkLast(t, "en", map[string]string{
		intro + "Q: Is the weir safe?\n\nA: The weir has cracked in two places.":                                     "Tessa Marlow",
		intro + "Q: Is the weir safe?\n\nA: No. The weir has cracked in two places.":                                 "Tessa Marlow",
		intro + "Question: Is the weir safe?\n\nAnswer: The weir has cracked in two places.":                         "Tessa Marlow",
		intro + "Q: Is the weir safe?\n\nA: No, it is not.\n\nQ: The council has cut the budget by a third.":         "",
		intro + "Q: Is the weir safe?\n\nA: No, it is not.\n\nThe trust meets again in June to discuss the repairs.": "",
		"The weir has cracked.\n\nA: The weir has cracked in two places.":                                            "",
		intro + "Q: I live by the weir and my cellar floods. Is it safe?\n\nA: The weir has cracked in two places.":  "",
	})
}
