package extract

import "testing"

// TestDefiniteTagEN checks a quotation whose speech tag names its speaker
// by a definite description: a source described before with that head
// noun, words between the article and the noun; a general noun for a
// person or group takes up the speaker of the unit just before; neither
// when nobody is in view or the noun says more of its own.
func TestDefiniteTagEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The pier was closed on Monday. “We will reopen it in May,” said a senior council official. “The vote comes first,” the council official added.":       "a senior council official",
		"The pier was closed on Monday. “We have a ton of work to do,” said a longtime adviser to the mayor. “The vote is the last hurdle,” the person added.": "a longtime adviser to the mayor",
		"The march set off at noon. Harbor Voices issued a statement saying it would stay away. “We cannot march beside the police,” the group said.":          "Harbor Voices",
		// negative: nobody spoke just before the general noun
		"The march set off at noon. The police lined the route. “We cannot march beside the police,” the group said.": "",
		// negative: a noun that says more of its own takes up nobody in view
		"The pier was closed on Monday. “It is a shame,” Ann Lee said. “Nobody cares,” the insider said.": "",
	})
}
