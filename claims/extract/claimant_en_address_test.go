package extract

import "testing"

// TestAddressFormEN checks a form of address opening a quotation ("Your
// Honor") as no speaker; the unit's own speaker still counts.
func TestAddressFormEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"“Your Honor,” the clerk said, “the harbor records were lost in the flood.”": "",
		"“Your Excellency,” Ruth Amberly said, “the ferry fares rose by a third.”":   "Ruth Amberly",
	})
	if got := addressFormCutEN("Your Honor"); got != "" {
		t.Errorf("addressFormCutEN(Your Honor) = %q, want none", got)
	}
}
