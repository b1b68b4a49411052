package extract

import "testing"

// TestCompanyNotUnionEN checks that "the company" does not take up a
// union or an association named before it: a business is no body that
// represents members.
func TestCompanyNotUnionEN(t *testing.T) {
	const union = "The Harbour Pilots' Union said 80 percent of its members backed the strike. " +
		"Talks ended at 3 a.m. “We waited for weeks,” the union's negotiator, Ann Corrow, said. " +
		"Corrow said a pilot earned £30,000 a year. "
	checkLast(t, "en", map[string]string{
		union + "The company disputes that figure.":                       "",
		union + "In a statement, the company said it ran 12 of 90 boats.": "",
	})
}
