package importer

import "testing"

// TestCountControls counts what DropControls removes: C0 controls but tab
// and line feed, DEL and C1 controls, not format characters.
func TestCountControls(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"Der Rat tagte.\nEr beschloss\tnichts.", 0},
		{"Der\x00 Rat\x07 tagte\x1b[0m.", 3},
		{"Preis\x7f und\u0085 Lohn\u009f", 3},
		{"zero\u200bwidth \ufeffmark \u200fright", 0},
		{"", 0},
	} {
		if got := CountControls(c.in); got != c.want {
			t.Errorf("CountControls(%q) = %d, want %d", c.in, got, c.want)
		}
		if dropped := len([]rune(c.in)) - len([]rune(DropControls(c.in))); dropped != c.want {
			t.Errorf("DropControls(%q) dropped %d, the count says %d", c.in, dropped, c.want)
		}
	}
}
