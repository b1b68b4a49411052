package extract

import "testing"

// TestLowerHeadEN checks that a group named by a lower-case noun after a
// body's capitalised words keeps the body's first word, which the text
// also writes in lower case, while a title before a person's name is
// still dropped.
func TestLowerHeadEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The river border is long. Border Patrol agents said the fence had holes.":    "Border Patrol agents",
		"The town keeps a city budget. City Council members say the pool must close.": "City Council members",
		"The staff met early. Staff Writer Ona Pell said the paper would close.":      "Ona Pell",
	})
	for name, want := range map[string]bool{"Border Patrol agents": true, "Border Patrol": false, "Staff Ona Pell": false} {
		if got := lowerHeadEN(name); got != want {
			t.Errorf("lowerHeadEN(%q) = %v, want %v", name, got, want)
		}
	}
}
