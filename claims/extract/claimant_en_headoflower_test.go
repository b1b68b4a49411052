package extract

import "testing"

// TestHeadOfLowerBodyEN checks the head of a body described in lower case
// as the speaker.
func TestHeadOfLowerBodyEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		`The head of the UN refugee agency said in Geneva that the agency had sent 30 trucks of aid.`: "head of the UN refugee agency",
		`The director of the state health department told reporters that 40 cases had been found.`:    "director of the state health department",
	})
}
