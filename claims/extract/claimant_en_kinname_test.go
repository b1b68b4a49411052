package extract

import "testing"

// TestKinFirstNameEN checks a relative named by a possessive, a kinship
// noun and a first name: the claimant takes the family name; a relative
// named in full keeps the name as written.
func TestKinFirstNameEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"“We only want answers,” Okafor’s widow, Grace, said in a statement.":      "Grace Okafor",
		"Whitley's son, Dan, told reporters the bridge had been unsafe for years.": "Dan Whitley",
		"Marsh’s sister, Lena Brandt, said the family would sue the county.":       "Lena Brandt",
	})
}
