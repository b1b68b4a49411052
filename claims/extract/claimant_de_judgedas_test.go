package extract

import "testing"

// TestJudgedAsDE checks a group that regards something as something
// ("als … betrachtet", "von … als … angesehen", "gilt bei … als") as the
// claimant, in the nominative; not another subject, nor a dative without
// "bei".
func TestJudgedAsDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Hafen von Harbor City wird ausgebaut. Fachleute hatten den Kai lange als zu schmal betrachtet.":           "Fachleute",
		"Der Hafen von Harbor City wird ausgebaut. Der Rat stoppt den von Kritikern als zu teuer eingeschätzten Plan.": "Kritiker",
		"Der Hafen von Harbor City wird ausgebaut. Die alte Brücke gilt bei Beobachtern als marode.":                   "Beobachter",
		"Der Hafen von Harbor City wird ausgebaut. Die Reederei hat den Ausbau lange als Chance betrachtet.":           "",
		"Der Hafen von Harbor City wird ausgebaut. Der Kai gilt vielen Besuchern als schönster Ort der Stadt.":         "",
	})
}
