package extract

import "testing"

// TestTitledLabelEN checks turn labels with a courtesy title or an office
// before a surname in capitals (a briefing's, a speech's transcript): the
// turn and the later sentences of its paragraph are the person's, by the
// full name the text gave; a heading in capitals opened by no title
// names nobody.
func TestTitledLabelEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Briefing by Press Secretary Lina Oduya\n\nMS. ODUYA: Good morning. The mayor signed the ferry bill today.": "Lina Oduya",
		"MS. ODUYA: Good morning. The mayor signed the ferry bill today.":                                           "Oduya",
		"Remarks by Governor Piet Varga\n\nGOVERNOR VARGA: Thank you. Our state ranks ninth in teacher pay.":        "Piet Varga",
		"DR. KALNINS: The clinic treated four thousand patients last year.":                                         "Kalnins",
		"The toll will rise in June.\n\nUPDATE: The council has delayed the vote by a week.":                        "",
	})
}

// TestTitledTurnGoesOnEN checks that a titled turn goes on over the
// paragraphs after it, "(Applause.)" among them, up to the next label: a
// reporter's "Q" or another speaker's label; a turn of a broadcasting
// role's label still ends with its paragraph (TestTurnLabelEN).
func TestTitledTurnGoesOnEN(t *testing.T) {
	speech := "Remarks by Governor Piet Varga\n\nGOVERNOR VARGA: Thank you. (Applause.)\n\n"
	brief := "MS. ODUYA: Good morning. The mayor signed the ferry bill today.\n\n"
	checkLast(t, "en", map[string]string{
		speech + "Four years ago, our state ranked 38th in teacher pay.":                             "Piet Varga",
		speech + "(Applause.)\n\nToday our state ranks ninth in teacher pay.":                        "Piet Varga",
		brief + "Q   Thank you. Is the bill paid for?\n\nThe ferry bill costs four million dollars.": "",
		brief + "Q: Is the bill paid for?":                                                           "",
		brief + "MODERATOR: Next question. The ferry bill costs four million dollars.":               "",
	})
}
