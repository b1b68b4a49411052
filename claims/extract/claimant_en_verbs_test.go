package extract

import "testing"

// TestExtraSpeechEN checks the English verbs of communication the
// claimant finder reads beyond the lexicon's, and words it does not.
func TestExtraSpeechEN(t *testing.T) {
	for w, want := range map[string]bool{
		"quipped": true, "deadpanned": true, "fumed": true, "emailed": true, "touted": true, "blasted": true, "hails": true,
		"dismisses": true, "stresses": true,
		"endorsed": false, "pleaded": false, "email": false, "comments": false, "said": false,
	} {
		if got := extraSpeechEN(w); got != want {
			t.Errorf("extraSpeechEN(%q) = %v, want %v", w, got, want)
		}
	}
	checkLast(t, "en", map[string]string{
		"Lena Marsh quipped that the pier would outlast the mayor.": "Lena Marsh",
		"Dan Whitley touted the plan as the best in a decade.":      "Dan Whitley",
		"Dan Whitley dismisses the idea that the pier is unsafe.":   "Dan Whitley",
		"The council endorsed the plan on Monday.":                  "",
	})
}

// TestSpeakActEN checks that "spoke" without a quotation reports an act
// with no claimant, while a quotation keeps its speaker.
func TestSpeakActEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Lena Marsh spoke at the harbor rally on Monday.":              "",
		"Lena Marsh spoke to reporters: “The pier will close.”":        "Lena Marsh",
		"Lena Marsh spoke at the rally and said the pier would close.": "Lena Marsh",
	})
}

// TestTellAddresseeEN checks that the person after "told" is the one
// spoken to, not the speaker.
func TestTellAddresseeEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Sen. Dan Whitley, R-Ohio, told Harbor News on Wednesday that he would vote no.": "Dan Whitley",
		"“We will vote no,” Ruth Okafor, a senator, told Harbor Radio.":                  "Ruth Okafor",
	})
}
