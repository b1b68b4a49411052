package extract

import "testing"

// TestAndTailEN: a body's name that goes on after "and" is kept whole
// after "according to"; a person after "and" is not joined.
func TestAndTailEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Ferry use fell 12 percent, according to the Office of Ports and Harbor Management.":    "Office of Ports and Harbor Management",
		"Ferry use fell 12 percent, according to the Bureau for Coastal Safety and Prevention.": "Bureau for Coastal Safety and Prevention",
		"Ferry use fell 12 percent, according to the Office of Ports.":                          "Office of Ports",
	})
	for _, c := range []struct{ text, who, want string }{
		{"the Office of Ports and Ann Lee said", "Office of Ports", "Office of Ports"},
		{"the Office of Ports and Harbor Management said", "Office of Ports", "Office of Ports and Harbor Management"},
		{"the Office of Ports and Harbor Management Board said", "Office of Ports", "Office of Ports"},
		{"Dana Holt and Harbor Management said", "Dana Holt", "Dana Holt"},
	} {
		if got := andTailEN(c.text, c.who); got != c.want {
			t.Errorf("andTailEN(%q, %q) = %q, want %q", c.text, c.who, got, c.want)
		}
	}
}
