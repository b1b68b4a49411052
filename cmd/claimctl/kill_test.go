package main

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestImportSurvivesSIGKILL kills a bulk import part-way with SIGKILL and
// checks that every article whose ID was printed is stored, that the
// integrity check passes, and that the database takes new imports.
func TestImportSurvivesSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the claimctl binary and imports 2000 files; skipped with -short")
	}
	const files, killAfter = 2000, 300
	dir := t.TempDir()
	bin := filepath.Join(dir, "claimctl")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	db := filepath.Join(dir, "kill.db")
	// Create the database first, so the import starts at once.
	if out, err := exec.Command(bin, "--db", db, "check").CombinedOutput(); err != nil {
		t.Fatalf("claimctl check on a new database: %v\n%s", err, out)
	}

	src := filepath.Join(dir, "in")
	if err := os.Mkdir(src, 0o755); err != nil {
		t.Fatal(err)
	}
	args := []string{"--db", db, "import"}
	for i := range files {
		p := filepath.Join(src, fmt.Sprintf("meldung-%04d.txt", i))
		text := fmt.Sprintf("Meldung Nummer %d\n\nDie Gemeinde %d meldet %d neue Einwohner. Der Bürgermeister sagte, das sei ein Rekord.\n", i, i, i*7)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, p)
	}

	cmd := exec.Command(bin, args...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var printed []string
	sc := bufio.NewScanner(stdout)
	for len(printed) < killAfter && sc.Scan() {
		printed = append(printed, sc.Text())
	}
	if err := cmd.Process.Kill(); err != nil { // SIGKILL on Unix
		t.Fatal(err)
	}
	for sc.Scan() { // IDs printed before the kill landed
		printed = append(printed, sc.Text())
	}
	werr := cmd.Wait()
	if len(printed) < killAfter {
		t.Fatalf("import printed %d IDs before it ended (%v), want at least %d\nstderr: %s", len(printed), werr, killAfter, stderr.String())
	}
	if werr == nil {
		t.Fatalf("import finished all %d files before the kill; nothing was tested", files)
	}

	// Every printed ID must be stored.
	out, err := exec.Command(bin, "--db", db, "articles", "--format", "json").Output()
	if err != nil {
		t.Fatalf("claimctl articles after the kill: %v", err)
	}
	var rows []articleRow
	decode(t, string(out), &rows)
	stored := map[string]bool{}
	for _, r := range rows {
		stored[r.ID] = true
	}
	for _, id := range printed {
		if !stored[id] {
			t.Errorf("printed ID %s is not stored", id)
		}
	}
	if len(rows) >= files {
		t.Errorf("%d articles stored, want fewer than %d after the kill", len(rows), files)
	}
	t.Logf("%d IDs printed, %d articles stored before SIGKILL", len(printed), len(rows))

	check := exec.Command(bin, "--db", db, "check")
	if out, err := check.CombinedOutput(); err != nil {
		t.Fatalf("claimctl check after the kill: %v\n%s", err, out)
	}
	more := exec.Command(bin, "--db", db, "import", filepath.Join(src, "meldung-1999.txt"))
	more.WaitDelay = 10 * time.Second
	if out, err := more.CombinedOutput(); err != nil {
		t.Fatalf("import after the kill: %v\n%s", err, out)
	}
}
