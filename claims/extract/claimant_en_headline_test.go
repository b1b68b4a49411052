package extract

import "testing"

// TestHeadlineCutEN checks that headline words in title case glued before
// a name are cut off, and that names without a capitalised function word
// inside stay whole.
func TestHeadlineCutEN(t *testing.T) {
	for in, want := range map[string]string{
		"Voters Are Cheering Dora Vance":      "Dora Vance",
		"The Feud With Dora Vance":            "Dora Vance",
		"Dora Bader Vance":                    "Dora Bader Vance",
		"Tom Bell Jr.":                        "Tom Bell Jr.",
		"Dora Vance":                          "Dora Vance",
		"Harbor Widow Dora Vance":             "Dora Vance",
		"Office for Harbor Safety and Rescue": "Office for Harbor Safety and Rescue",
	} {
		if got := headlineCutEN(in); got != want {
			t.Errorf("headlineCutEN(%q) = %q, want %q", in, got, want)
		}
	}
	checkLast(t, "en", map[string]string{
		"Voters Are Cheering Dora Vance. “The pier will close,” Vance said.": "Dora Vance",
	})
}
