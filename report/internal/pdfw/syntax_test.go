package pdfw

import (
	"strings"
	"testing"
)

func TestAppendNum(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{{0, "0"}, {1.5, "1.5"}, {841.89, "841.89"}, {59.527559, "59.53"}, {-0.001, "0"}, {-2.345, "-2.35"}, {100, "100"}}
	for _, tc := range tests {
		if got := string(appendNum(nil, tc.in)); got != tc.want {
			t.Errorf("appendNum(%v) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestAppendLiteral: nothing in a string can close it or start an
// operator.
func TestAppendLiteral(t *testing.T) {
	got := string(appendLiteral(nil, "a(b)c\\d\re\nf) Tj /JavaScript"))
	if want := `(a\(b\)c\\d\re` + "\n" + `f\) Tj /JavaScript)`; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := string(appendLiteral(nil, []byte{0, '(', 0xff})); got != "(\x00\\(\xff)" {
		t.Errorf("bytes: %q", got)
	}
}

func TestAppendText(t *testing.T) {
	if got := string(appendText(nil, "Report (2026)")); got != `(Report \(2026\))` {
		t.Errorf("ASCII: %q", got)
	}
	if got := string(appendText(nil, "Zöl😀")); got != "<FEFF005A00F6006CD83DDE00>" {
		t.Errorf("UTF-16: %q", got)
	}
	if got := string(appendText(nil, "a\x01b")); !strings.HasPrefix(got, "<FEFF") {
		t.Errorf("control character kept in a literal: %q", got)
	}
}
