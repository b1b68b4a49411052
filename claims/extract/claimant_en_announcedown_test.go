package extract

import "testing"

// TestAnnouncedOwnEN checks "announced" with a possessive object as an act
// the author narrates, with no claimant; with an article or a clause
// after it the announcer stays the claimant.
func TestAnnouncedOwnEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Harbor councillor Mira Osk announced her resignation on Friday.":                "",
		"The Velden Ferry Company announced its plans for a second terminal in 2027.":    "",
		"Mira Osk announced a new ferry timetable for the winter.":                       "Mira Osk",
		"Mira Osk announced her resignation, saying the council had ignored the harbor.": "Mira Osk",
	})
}
