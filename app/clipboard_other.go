//go:build !(cgo && !wayland && (linux || freebsd || openbsd || netbsd))

package app

// readSelection reads the clipboard itself where the desktop driver cuts
// its text at a NUL (X11, clipboard_x11.go); elsewhere it cannot, and ok
// is false.
func readSelection() (text string, ok bool) { return "", false }
