package extract

import (
	"reflect"
	"testing"
)

// TestBylineNotJoined checks that a line opening with a digit is not
// joined to a byline above it, but still to a wrapped line of text
// (invented lines).
func TestBylineNotJoined(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"Von Greta Olsen\n12 Menschen wurden am Montag verletzt.",
			[]string{"Von Greta Olsen", "12 Menschen wurden am Montag verletzt."}},
		{"By Ray Dunmore\n3 people were hurt on Monday, police said.",
			[]string{"By Ray Dunmore", "3 people were hurt on Monday, police said."}},
		{"Die Zahl der Verletzten stieg auf\n12 am Montag.",
			[]string{"Die Zahl der Verletzten stieg auf\n12 am Montag."}},
	}
	for _, c := range cases {
		var got []string
		for _, b := range blocks(c.text, true) {
			got = append(got, c.text[b.s:b.e])
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("blocks %q = %q, want %q", c.text, got, c.want)
		}
	}
}
