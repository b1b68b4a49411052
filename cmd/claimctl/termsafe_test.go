package main

import (
	"bytes"
	"testing"
)

func TestTermWriterEscapes(t *testing.T) {
	for in, want := range map[string]string{
		"Zeile 1\n\tZeile 2":    "Zeile 1\n\tZeile 2",
		"\x1b]0;PWNED\x07Titel": `\u001b]0;PWNED\u0007Titel`,
		"a\rb\x7fc":             `a\u000db\u007fc`,
		"Preis \u009b2J":        `Preis \u009b2J`,
		"\u202eabc\u2066":       `\u202eabc\u2066`,
		"Grüße, Straße, 東京, 🙂":  "Grüße, Straße, 東京, 🙂",
		"kaputt \xff\xfe":       `kaputt \xff\xfe`,
	} {
		var b bytes.Buffer
		w := newTermWriter(&b)
		if n, err := w.Write([]byte(in)); err != nil || n != len(in) {
			t.Fatalf("Write: %d, %v", n, err)
		}
		w.Flush()
		if b.String() != want {
			t.Errorf("%q -> %q, want %q", in, b.String(), want)
		}
	}
}

// A character split between two writes (as tabwriter may do) is kept whole.
func TestTermWriterSplitRune(t *testing.T) {
	var b bytes.Buffer
	w := newTermWriter(&b)
	s := []byte("ü\u009b")
	for i := range s {
		w.Write(s[i : i+1])
	}
	w.Flush()
	if b.String() != `ü\u009b` {
		t.Errorf("got %q", b.String())
	}
}
