package extract

import "testing"

// TestTitleGenderOwnerEN checks that "Mrs." or "Mr." before a shared
// surname picks the person of that surname whose gender is not known to
// differ from the title's.
func TestTitleGenderOwnerEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Tom Lester opened the pier. Ann Lester runs the port. Mr. Lester smiled at the crowd. Mrs. Lester said the port was safe.": "Ann Lester",
		"Tom Lester opened the pier. Ann Lester runs the port. Mr. Lester smiled at the crowd. Mr. Lester said the port was safe.":  "Tom Lester",
		"Tom Lester opened the pier. Ann Lester runs the port. Mr. Lester smiled at the crowd. Mrs. Okafor said the port was safe.": "Okafor",
	})
	for w, want := range map[string]byte{"mr": 'm', "mrs": 'f', "ms.": 'f', "miss": 'f', "dr": 0} {
		if got := courtesyGenderEN(w); got != want {
			t.Errorf("courtesyGenderEN(%q) = %q, want %q", w, got, want)
		}
	}
}
