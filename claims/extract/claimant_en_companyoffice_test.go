package extract

import "testing"

// TestCompanyLegalFormEN checks "the company said" after a firm named with
// its legal form only, never quoted before.
func TestCompanyLegalFormEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Marlow Foods Inc. posted a loss. The company said sales would recover in the spring.": "Marlow Foods Inc",
	})
}

// TestRoleOfficeModifiersEN checks an office named by a role with
// lower-case modifiers before it ("the county sheriff's office").
func TestRoleOfficeModifiersEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The man was charged on Monday. The state attorney general's office said the evidence was strong.": "state attorney general's office",
		"The man was charged on Monday. The county sheriff's office said two deputies were hurt.":          "county sheriff's office",
	})
}
