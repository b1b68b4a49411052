package extract

import "testing"

// TestBareQAEN checks that an interview printed with its questions alone
// in their paragraphs gives its answers to the guest the introduction
// names, and that an explainer printed as questions answered in the
// text's own voice gives them no one.
func TestBareQAEN(t *testing.T) {
	const interview = "Tom Harwick has run the Skerra ferry line since 2020. He spoke to Ann Byrne.\n\n" +
		"How many sailings were cancelled?\n\nAbout 140. We lost 31 days to gales.\n\n" +
		"Why so many?\n\nOur ships are old.\n\n" +
		"Do you blame the council?\n\nNo. I blame the weather.\n\n" +
		"What comes next?\n\nA new ship arrives in 2028."
	const explainer = "The Skerra ferry line cancelled sailings, Tom Harwick said on Monday.\n\n" +
		"How many sailings were cancelled?\n\nAbout 140, twice as many as last year.\n\n" +
		"What does it mean for you?\n\nTravellers can claim a refund.\n\n" +
		"Why so many?\n\nThe ships are old.\n\n" +
		"What comes next?\n\nA new ship arrives in 2028."
	checkLast(t, "en", map[string]string{
		interview: "Tom Harwick",
		explainer: "",
	})
}
