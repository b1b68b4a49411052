package main

import (
	"fmt"
	"io"
	"unicode/utf8"
)

// termWriter passes text to a terminal (or a pipe) with every control
// character made visible, so that text from the database — a colleague's
// bundle, a pasted article — cannot move the cursor, clear the screen,
// retitle the window or hide what follows (ESC, OSC, CSI sequences). Line
// feeds and tabs pass; other C0 and C1 controls, DEL, and the Unicode
// direction overrides are written as \u001b-style escapes (valid inside JSON
// strings too), bytes that are not UTF-8 as \xff. JSON output does not go
// through it (writeJSON writes to the underlying writer; the encoder
// escapes control characters itself), nor do exported files written to
// standard output.
type termWriter struct {
	w       io.Writer
	pending []byte // the start of a UTF-8 sequence split between two writes
}

// newTermWriter returns a termWriter that writes to w.
func newTermWriter(w io.Writer) *termWriter { return &termWriter{w: w} }

// Write escapes p and writes it; it reports len(p) on success.
func (t *termWriter) Write(p []byte) (int, error) {
	n := len(p)
	if len(t.pending) > 0 {
		p = append(t.pending, p...)
		t.pending = nil
	}
	out := make([]byte, 0, len(p)+16)
	for i := 0; i < len(p); {
		r, size := utf8.DecodeRune(p[i:])
		if r == utf8.RuneError && size <= 1 {
			if !utf8.FullRune(p[i:]) && len(p)-i < utf8.UTFMax {
				t.pending = append(t.pending, p[i:]...)
				break
			}
			out = fmt.Appendf(out, `\x%02x`, p[i])
			i++
			continue
		}
		if unsafeRune(r) {
			out = fmt.Appendf(out, `\u%04x`, r)
		} else {
			out = append(out, p[i:i+size]...)
		}
		i += size
	}
	if _, err := t.w.Write(out); err != nil {
		return 0, err
	}
	return n, nil
}

// Flush writes a dangling partial UTF-8 sequence (escaped) and flushes the
// underlying writer if it buffers.
func (t *termWriter) Flush() error {
	if len(t.pending) > 0 {
		var out []byte
		for _, b := range t.pending {
			out = fmt.Appendf(out, `\x%02x`, b)
		}
		t.pending = nil
		if _, err := t.w.Write(out); err != nil {
			return err
		}
	}
	flushWriter(t.w)
	return nil
}

// unsafeRune reports whether r would act on a terminal instead of showing:
// C0 controls other than line feed and tab, DEL, C1 controls, and the
// bidirectional overrides and isolates that reorder what is shown.
func unsafeRune(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case r < 0x20 || r == 0x7f:
		return true
	case r >= 0x80 && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// rawWriter returns the writer beneath a termWriter (w itself otherwise):
// for JSON, which escapes by its own rules, and for exported files.
func rawWriter(w io.Writer) io.Writer {
	if t, ok := w.(*termWriter); ok {
		t.Flush()
		return t.w
	}
	return w
}
