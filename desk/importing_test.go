package desk

import "testing"

func TestUnixLines(t *testing.T) {
	for in, want := range map[string]string{
		"a\r\nb": "a\nb", "a\rb": "a\nb", "a\r\r\nb": "a\n\nb", "a\nb": "a\nb", "": "",
	} {
		if got := UnixLines(in); got != want {
			t.Errorf("UnixLines(%q) = %q, want %q", in, got, want)
		}
	}
}
