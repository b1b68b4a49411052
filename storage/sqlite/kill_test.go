package sqlite_test

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"claimdesk/claims"
	"claimdesk/storage/sqlite"
	"claimdesk/storage/sqlite/internal/benchgen"
)

// killHelperEnv names the database the helper process imports into.
const killHelperEnv = "CLAIMDESK_SQLITE_KILL_HELPER"

const killBatch = 200

// TestKillDuringImport kills a process with SIGKILL while it imports claims
// in transactions of 200: afterwards every committed batch is there, no
// partial batch is, search agrees with the table and the checks pass.
func TestKillDuringImport(t *testing.T) {
	if path := os.Getenv(killHelperEnv); path != "" {
		importUntilKilled(path)
		return
	}
	path := filepath.Join(t.TempDir(), "claimdesk.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestKillDuringImport$")
	cmd.Env = append(os.Environ(), killHelperEnv+"="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	committed := 0
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		if n, ok := strings.CutPrefix(sc.Text(), "committed "); ok {
			committed, _ = strconv.Atoi(n)
		}
		if committed >= 10*killBatch {
			break
		}
	}
	if err := cmd.Process.Kill(); err != nil { // SIGKILL
		t.Fatal(err)
	}
	cmd.Wait()
	if committed < 10*killBatch {
		t.Fatalf("the helper stopped after %d claims", committed)
	}

	db, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	s := db.Services()
	_, n, err := s.Claims.FindClaims(ctx, claims.ClaimFilter{Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	if n < committed || n%killBatch != 0 {
		t.Fatalf("%d claims after the kill; %d were committed in batches of %d", n, committed, killBatch)
	}
	if _, hits, err := s.Search.Search(ctx, claims.SearchQuery{Text: "Claim", Kinds: []string{claims.HitClaim}}); err != nil || hits != n {
		t.Fatalf("search finds %d of %d claims (%v)", hits, n, err)
	}
	if err := s.Maintenance.Check(ctx); err != nil {
		t.Fatal(err)
	}
}

// importUntilKilled imports batches forever, reporting each commit.
func importUntilKilled(path string) {
	db, err := sqlite.Open(path)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(1)
	}
	s := db.Services()
	for total := 0; ; total += killBatch {
		cs := make([]*claims.Claim, killBatch)
		for i := range cs {
			cs[i] = &claims.Claim{Text: fmt.Sprintf("Claim %d: %s", total+i, benchgen.Text(total+i))}
		}
		if err := s.Claims.CreateClaims(ctx, cs); err != nil {
			fmt.Println("error", err)
			os.Exit(1)
		}
		fmt.Printf("committed %d\n", total+killBatch)
	}
}
