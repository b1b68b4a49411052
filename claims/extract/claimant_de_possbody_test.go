package extract

import "testing"

// TestPossessiveBodyDE checks that "nach seinen/ihren Angaben" right after
// a body spoke refers to that body when the possessive fits its gender,
// (the man quoted before took "seinen").
func TestPossessiveBodyDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Minister Tom Weis warb für das Gesetz. Der Mieterbund begrüßte den Entwurf. Nach seinen Angaben fehlen viele Wohnungen.":            "Mieterbund",
		"Der Minister Tom Weis warb für das Gesetz. Der Mieterverband Talbach begrüßte den Entwurf. Nach seinen Angaben fehlen viele Wohnungen.": "Mieterverband Talbach",
		"Der Minister Tom Weis warb für das Gesetz. Die Mieterkammer begrüßte den Entwurf. Nach ihren Angaben fehlen viele Wohnungen.":           "Mieterkammer",
	})
}
