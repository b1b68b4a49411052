package extract

import "testing"

// TestOfHeadEN: a body's name joined by "and" after "of" or "for" keeps
// its head.
func TestOfHeadEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The Office of Ports and Harbor Management said ferry use fell.":          "Office of Ports and Harbor Management",
		"Ferry use fell, US Customs and Harbor Protection said.":                  "US Customs and Harbor Protection",
		"The state Department of Trails and Recreation said the path was closed.": "Department of Trails and Recreation",
	})
	for _, c := range []struct{ text, who, want string }{
		{"the Office of Ports and Harbor Management said", "Ports and Harbor Management", "Office of Ports and Harbor Management"},
		{"the office of Ports and Harbor Management said", "Ports and Harbor Management", "Ports and Harbor Management"},
		{"Ann Lee and Tom Bell said", "Ann Lee; Tom Bell", "Ann Lee; Tom Bell"},
		{"a spokesman for US Customs and Harbor Protection said", "Customs and Harbor Protection", "US Customs and Harbor Protection"},
		{"the Ports and Harbor Protection said", "Ports and Harbor Protection", "Ports and Harbor Protection"},
		{"A Very Long Named Office of Ports and Harbor Management said", "Ports and Harbor Management", "Very Long Named Office of Ports and Harbor Management"},
	} {
		if got := ofHeadEN(c.text, c.who); got != c.want {
			t.Errorf("ofHeadEN(%q, %q) = %q, want %q", c.text, c.who, got, c.want)
		}
	}
}
