package extract

import "testing"

// TestForBodyEN checks that a body named with "for" after its head
// ("Department for Fisheries and Ports") is taken up by "the department
// said" later.
func TestForBodyEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Fees will double, the Department for Fisheries and Ports said on Monday. The department said 40 boats sank.": "Department for Fisheries and Ports",
		"The Office for Harbour Safety said two cranes failed. The office said the port was shut for 6 hours.":        "Office for Harbour Safety",
	})
}
