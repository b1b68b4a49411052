package postgres_test

import (
	"context"
	"errors"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"claimdesk/claims"
	"claimdesk/storage/postgres"
)

// tlsCluster starts a throw-away cluster of its own that accepts only
// encrypted connections (PG_TEST_SSL=1 scripts/pg-test-cluster.sh): the
// shared test server does not use TLS. It skips when $CLAIMDESK_TEST_POSTGRES
// is unset (no PostgreSQL here), and returns the DSN with sslmode=require and
// the folder holding root.crt (the server's certificate) and wrong-root.crt.
func tlsCluster(t *testing.T) (dsn, certs string) {
	t.Helper()
	testDSN(t)
	if bins, _ := filepath.Glob("/usr/lib/postgresql/*/bin/initdb"); len(bins) == 0 {
		t.Skip("no local PostgreSQL installation to start a cluster of its own")
	}
	script, err := filepath.Abs(filepath.Join("..", "..", "scripts", "pg-test-cluster.sh"))
	if err != nil {
		t.Fatal(err)
	}
	tmp, err := os.MkdirTemp("", "claimdesk-tls-")
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(tmp, "cluster")
	t.Cleanup(func() {
		_ = exec.Command(script, "stop", dir).Run()
		_ = os.RemoveAll(tmp)
	})
	cmd := exec.Command(script, "start", dir)
	cmd.Env = append(os.Environ(), "PG_TEST_SSL=1")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("start a TLS cluster: %v", err)
	}
	return strings.TrimSpace(string(out)), dir
}

// withParams returns dsn with the query parameters set.
func withParams(t *testing.T, dsn string, kv ...string) string {
	t.Helper()
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	for i := 0; i+1 < len(kv); i += 2 {
		q.Set(kv[i], kv[i+1])
	}
	u.RawQuery = q.Encode()
	return u.String()
}

// TestTLS checks that sslmode is honoured: require and verify-full with the
// server's root certificate connect encrypted; verify-full with another
// root certificate, and disable against a server that accepts only TLS,
// fail with a message that says why.
func TestTLS(t *testing.T) {
	dsn, certs := tlsCluster(t)
	ctx := context.Background()
	for _, mode := range []string{"require", "verify-full"} {
		target := withParams(t, dsn, "sslmode", mode, "sslrootcert", filepath.Join(certs, "root.crt"))
		p, err := postgres.ProbeServer(ctx, target)
		if err != nil || !p.Encrypted {
			t.Fatalf("sslmode=%s: %v (encrypted %v)", mode, err, p.Encrypted)
		}
		db, err := postgres.Open(target)
		if err != nil {
			t.Fatalf("open with sslmode=%s: %v", mode, err)
		}
		db.Close()
	}
	for _, c := range []struct {
		name, want string
		params     []string
	}{
		{"verify-full, wrong root certificate", "could not be verified",
			[]string{"sslmode", "verify-full", "sslrootcert", filepath.Join(certs, "wrong-root.crt")}},
		{"verify-full, missing root certificate", "could not be read",
			[]string{"sslmode", "verify-full", "sslrootcert", filepath.Join(certs, "no-such.crt")}},
		{"disable against a TLS-only server", "accepts only encrypted connections",
			[]string{"sslmode", "disable"}},
	} {
		target := withParams(t, dsn, c.params...)
		_, perr := postgres.ProbeServer(ctx, target)
		_, oerr := postgres.Open(target)
		for _, err := range []error{perr, oerr} {
			if err == nil {
				t.Fatalf("%s: connected", c.name)
			}
			var ce *claims.Error
			if !errors.As(err, &ce) || !strings.Contains(ce.Message, c.want) {
				t.Errorf("%s: message %q, want one saying %q", c.name, claims.ErrorMessage(err), c.want)
			}
		}
	}
}
