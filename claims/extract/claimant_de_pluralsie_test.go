package extract

import "testing"

// TestPluralSieDE checks that "sie" with a plural verb refers to the group
// claimed last, not to the woman named last.
func TestPluralSieDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Eva Roth leitet die Studie. Die Forscher fordern eine Maskenpflicht. Außerdem plädierten sie dafür, die Säle nicht voll zu füllen.": "Forscher",
		"Eva Roth leitet die Studie. Die Ärzte fordern mehr Tests. „Das ist dringend“, sagten sie.":                                          "Ärzte",
		"Eva Roth leitet die Studie. Außerdem plädierte sie dafür, die Säle nicht voll zu füllen.":                                           "Eva Roth",
		"Eva Roth leitet die Studie. Die Säle seien zu voll. „Das geht so nicht“, sagten sie.":                                               "",
	})
	var p pluralSieDE
	p.note("Eva Roth", 1)
	if got := p.at(2); got != "" {
		t.Errorf("a person is no group: %q", got)
	}
	p.note("Ärzte", 3)
	if got := p.at(3 + pluralSieReach + 1); got != "" {
		t.Errorf("a group claimed long ago: %q", got)
	}
	if got := p.at(4); got != "Ärzte" {
		t.Errorf("at(4) = %q, want Ärzte", got)
	}
}
