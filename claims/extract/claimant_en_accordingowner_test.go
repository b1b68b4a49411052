package extract

import "testing"

// TestAccordingOwnerEN checks that "according to" a document or figures
// in the possessive names their owner: a name without its ending, a body
// in lower case as itself or as the body named before with that head.
func TestAccordingOwnerEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Gusts reached 80 mph at the quay, according to the coast service's 6 a.m. bulletin, which warned of floods.":                    "coast service",
		"Arrears rose to £2 billion, according to Lampwell's own figures, up from £1.6 billion.":                                         "Lampwell",
		"The Eastfield Water Board said 300 homes were cut off. According to the board's repair plan, 90 pipes will be replaced by May.": "Eastfield Water Board",
	})
}

// TestAccordingResearchEN checks "according to" a person's research or
// calculations, also a surname with a lower-case particle ("al-Nadiri's").
func TestAccordingResearchEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Ann Lee studies the port. Traffic grew three-fold, according to Lee's calculations.": "Ann Lee",
		"Traffic grew three-fold, according to al-Nadiri's research.":                         "al-Nadiri",
		"Traffic grew three-fold, according to al-Nadiri's friends.":                          "al-Nadiri's friends", // no document: the description as written
	})
}
