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
