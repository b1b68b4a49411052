package extract

import "testing"

// TestQAInterviewEN checks an interview printed as "Q:"/"A:" turns: the
// answers, and their paragraph's later sentences, are the guest's whom
// the introduction names, once a question said "you" or an answer "we";
// a question, the text after the last answer, an explainer's answers and
// a reader's letter's answer are not.
func TestQAInterviewEN(t *testing.T) {
	intro := "Tessa Marlow runs the river trust. We spoke to her about the weir.\n\n"
	checkLast(t, "en", map[string]string{
		intro + "Q: Is your weir safe?\n\nA: The weir has cracked in two places.":                                    "Tessa Marlow",
		intro + "Q: Is the weir safe?\n\nA: No, we found cracks. The weir has cracked in two places.":                "Tessa Marlow",
		intro + "Question: Is your weir safe?\n\nAnswer: The weir has cracked in two places.":                        "Tessa Marlow",
		intro + "Q: Is the weir safe?\n\nA: No, it is not.\n\nQ: The council has cut the budget by a third.":         "",
		intro + "Q: Is the weir safe?\n\nA: No, it is not.\n\nThe trust meets again in June to discuss the repairs.": "",
		intro + "Q: Is the weir safe?\n\nA: The weir has cracked in two places.":                                     "",
		"The weir has cracked.\n\nA: The weir has cracked in two places.":                                            "",
		intro + "Q: I live by the weir and my cellar floods. Is it safe?\n\nA: The weir has cracked in two places.":  "",
	})
}
