package app

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// ownCluster starts a throw-away PostgreSQL cluster for this test alone
// (scripts/pg-test-cluster.sh), so that stopping it cannot disturb other
// tests that share the server of $CLAIMDESK_TEST_POSTGRES. It skips when
// that variable is unset (no PostgreSQL here) and returns the DSN and a
// function running the script's pause or resume on the cluster.
func ownCluster(t *testing.T) (dsn string, ctl func(cmd string)) {
	t.Helper()
	if os.Getenv("CLAIMDESK_TEST_POSTGRES") == "" {
		t.Skip("CLAIMDESK_TEST_POSTGRES is not set: no PostgreSQL server to test against")
	}
	if bins, _ := filepath.Glob("/usr/lib/postgresql/*/bin/initdb"); len(bins) == 0 {
		t.Skip("no local PostgreSQL installation to start a cluster of its own")
	}
	script, err := filepath.Abs(filepath.Join("..", "scripts", "pg-test-cluster.sh"))
	if err != nil {
		t.Fatal(err)
	}
	tmp, err := os.MkdirTemp("", "claimdesk-outage-")
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(tmp, "cluster")
	run := func(cmd string) string {
		out, err := exec.Command(script, cmd, dir).Output()
		if err != nil {
			t.Fatalf("pg-test-cluster.sh %s: %v", cmd, err)
		}
		return strings.TrimSpace(string(out))
	}
	dsn = run("start")
	t.Cleanup(func() {
		_ = exec.Command(script, "stop", dir).Run()
		_ = os.RemoveAll(tmp)
	})
	return dsn, func(cmd string) { run(cmd) }
}

// waitStatus waits until the status line contains want, up to 30 s.
func (f *dataFixture) waitStatus(want string) {
	f.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		var text string
		f.do(func() { text = f.s.location.Text })
		if strings.Contains(text, want) {
			return
		}
		if time.Now().After(deadline) {
			f.t.Fatalf("the status line never said %q; it says %q", want, text)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestScenarioServerGoesAway: a checker edits a claim on the server, the
// server goes away before the save. The window says so, the save fails with
// a message, the typed text stays in the editor (also when the lists
// reload), and once the server is back the same edit is saved.
func TestScenarioServerGoesAway(t *testing.T) {
	dsn, ctl := ownCluster(t)
	f := newDataScenarioAt(t, dsn)
	c := f.addClaim("Der Stadtrat beschloss 2024 den Bau von 300 Wohnungen.")
	f.do(func() { f.u.openClaim(c.ID) })
	const typed = "Laut Ratsprotokoll vom 12. März: 280 Wohnungen, nicht 300."
	e := f.s.claims.editor
	f.do(func() { e.rationale.SetText(typed) })

	ctl("pause")
	f.waitStatus("The database server cannot be reached")
	f.do(func() { e.onSave() })
	if msg := f.topText(); !strings.Contains(msg, "cannot be reached") || !strings.Contains(msg, "Your changes stay where you typed them") {
		t.Errorf("save without the server says %q", msg)
	}
	f.do(func() { f.u.changed() }) // the lists reload meanwhile (and fail)
	if n := len(f.win().Canvas().Overlays().List()); n != 1 {
		t.Errorf("%d dialogs are open after the lists failed to reload, want the one message", n)
	}
	if e.rationale.Text != typed || !e.dirty {
		t.Fatalf("after the failed save the editor holds %q (unsaved %v)", e.rationale.Text, e.dirty)
	}
	start := time.Now()
	f.do(func() { f.s.show(viewSources) })
	f.do(func() { f.s.show(viewClaims) })
	t.Logf("switching views without the server took %v", time.Since(start))

	ctl("resume")
	f.waitStatus("Connected to the database server again")
	if e.rationale.Text != typed {
		t.Fatalf("the reconnect replaced the typed text with %q", e.rationale.Text)
	}
	f.do(func() { e.onSave() })
	got, err := f.svc.Claims.FindClaimByID(f.u.ctx(), c.ID)
	if err != nil || got.Rationale != typed {
		t.Fatalf("after the server came back the save stored %v, %q", err, got.Rationale)
	}
	events, err := f.svc.History.ClaimHistory(f.u.ctx(), c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if last := events[len(events)-1]; !strings.Contains(last.New, "Ratsprotokoll") {
		t.Errorf("the history's last event is %+v", *last)
	}
}
