package extract

import "testing"

// TestRtHonNameEN checks that a minister styled "the Rt Hon … MP" in
// apposition before "said" is the speaker, and that the courtesy title
// elsewhere in the sentence names no speaker.
func TestRtHonNameEN(t *testing.T) {
	const before = "Fees will rise by 4 percent. "
	checkLast(t, "en", map[string]string{
		before + "Secretary of State for Fisheries and Ports, the Rt Hon Tom Corrow MP, said: \"Fees rose.\"": "Tom Corrow",
		before + "Minister for Harbours, the Rt. Hon. Ann Marsh, said 40 boats sank.":                         "Ann Marsh",
		before + "Ann Marsh said the Rt Hon Tom Corrow MP had approved the fees.":                             "Ann Marsh",
	})
}
