package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDefaultAnswer: Enter's answer is the last that acts, never one that
// destroys; without one that acts it is the first that keeps everything.
func TestDefaultAnswer(t *testing.T) {
	k, a, d := answer{kind: keepsAll}, answer{kind: acts}, answer{kind: destroys}
	for _, tc := range []struct {
		name    string
		answers []answer
		want    int
	}{
		{"cancel, delete", []answer{k, d}, 0},
		{"no, replace", []answer{k, d}, 0},
		{"cancel, link only, copy", []answer{k, a, a}, 2},
		{"cancel, link only, copy over a verdict", []answer{k, a, d}, 1},
		{"keep editing, discard, save", []answer{k, d, a}, 2},
		{"delete alone", []answer{d}, -1},
	} {
		if got := defaultAnswer(tc.answers); got != tc.want {
			t.Errorf("%s: default %d, want %d", tc.name, got, tc.want)
		}
	}
}

// TestQuestionsGoThroughAsk: no yes-or-no question of the window is asked
// with Fyne's ShowConfirm or NewConfirm, whose "Yes" is the default
// whatever it destroys; ask applies the window's rule (ask.go).
func TestQuestionsGoThroughAsk(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, call := range []string{"dialog.ShowConfirm(", "dialog.NewConfirm("} {
			if strings.Contains(string(src), call) {
				t.Errorf("%s calls %s; ask through u.ask (ask.go)", name, call)
			}
		}
	}
}
