package extract

import "testing"

// TestAcceptedDE checks that "sagen … zu" without an object (accepting)
// and "räumen … ab/frei" name no speaker, while a pledge with an object
// ("sagte … Hilfe zu") still does.
func TestAcceptedDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Sänger Olaf Brinkmann sagte sofort zu, erhielt sogar eine Gage.": "",
		"In ihrer Not sagt die Tante zu, obwohl sie keine Zeit hat.":          "",
		"Am Morgen räumt die Pflegerin mit ihrem Team drei Zimmer frei.":      "",
		"Die Landrätin Vera Holm sagte dem Dorf Hilfe beim Wiederaufbau zu.":  "Vera Holm",
	})
}
