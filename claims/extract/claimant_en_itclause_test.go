package extract

import "testing"

// TestItClauseBodyEN checks "it said" after a fronted clause whose subject
// is a body: that body, not the body quoted before; a person in the clause
// is no "it".
func TestItClauseBodyEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The Harbour Trust said fees would rise. When Brackton Council published its budget in March, it said spending would rise by 4 percent.": "Brackton Council",
		"After the Milford Water Board raised its charges, it said 300 households had complained.":                                               "Milford Water Board",
	})
	text := "The Harbour Trust said fees would rise. When Ann Lee spoke on Monday, it said spending would rise."
	if got := claimantOfLast(text, "en"); got == "Ann Lee" {
		t.Errorf("%q: claimant %q, want not the person", text, got)
	}
}
