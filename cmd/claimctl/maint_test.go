package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheck runs the integrity check on a sound database (exit 0), on a
// damaged one and on a file that is no database (exit 1 for both).
func TestCheck(t *testing.T) {
	dir := t.TempDir()
	sound := filepath.Join(dir, "sound.db")
	for i := range 20 {
		mustRun(t, sound, "claim", "add", "--text", fmt.Sprintf("Behauptung Nummer %d: %s", i, strings.Repeat("Text ", 200)))
	}
	damaged := filepath.Join(dir, "damaged.db")
	data, err := os.ReadFile(sound)
	if err != nil {
		t.Fatal(err)
	}
	if len(data) < 16*4096 {
		t.Fatalf("database has only %d bytes; too small to damage in the middle", len(data))
	}
	// Overwrite four pages in the middle, leaving the header alone.
	mid := len(data) / 2 / 4096 * 4096
	for i := mid; i < mid+4*4096; i++ {
		data[i] = 0xA5
	}
	if err := os.WriteFile(damaged, data, 0o600); err != nil {
		t.Fatal(err)
	}
	notDB := filepath.Join(dir, "notes.db")
	if err := os.WriteFile(notDB, []byte("Einkaufsliste: Milch, Brot\n"), 0o600); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name, db string
		code     int
		out      string // part of stdout (code 0) or stderr
	}{
		{"Sound", sound, 0, "passed the integrity check"},
		{"Damaged", damaged, 1, "damaged"},
		{"NotADatabase", notDB, 1, "not a Claimdesk database"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := claimctl(t, tc.db, "check")
			if r.code != tc.code {
				t.Fatalf("exit status %d, want %d (stderr %q)", r.code, tc.code, r.stderr)
			}
			if got := r.stdout + r.stderr; !strings.Contains(got, tc.out) {
				t.Errorf("output %q lacks %q", got, tc.out)
			}
		})
	}
	if after, _ := os.ReadFile(notDB); string(after) != "Einkaufsliste: Milch, Brot\n" {
		t.Errorf("check changed a file that is no database: %q", after)
	}
}
