package extract

import "testing"

// TestIntroPhraseEN checks that a name inside an opening adverbial phrase
// ("In Port Alder, …", "Since the Port Alder shooting, …") is not taken
// for the subject of a verb after the comma, and that "As for Ann Lee,
// she said" still names Ann Lee.
func TestIntroPhraseEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"In Port Alder, the chants were loudest in front of the town hall, which the council on Friday declared a monument.": "",
		"Since the Port Alder shooting, Dana Cole has criticized the mayor.":                                                 "",
		"Mayor Ana Quillon spoke on Monday. As for Quillon, she said she was not worried.":                                   "Ana Quillon",
	})
}
