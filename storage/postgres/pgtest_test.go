package postgres_test

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"claimdesk/storage/postgres"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver, for setting up schemas
)

// EnvTestDSN names the variable that holds the DSN of a PostgreSQL server
// the tests may use (scripts/pg-test-cluster.sh starts one); without it the
// PostgreSQL tests are skipped.
const EnvTestDSN = "CLAIMDESK_TEST_POSTGRES"

var schemaSeq atomic.Int64

// testDSN returns the server's DSN or skips the test.
func testDSN(t testing.TB) string {
	t.Helper()
	dsn := os.Getenv(EnvTestDSN)
	if dsn == "" {
		t.Skipf("%s is not set: no PostgreSQL server to test against", EnvTestDSN)
	}
	return dsn
}

// freshDSN creates an empty schema on the test server, dropped when the
// test ends, and returns a DSN whose search_path is that schema: a fresh,
// empty database for one test.
func freshDSN(t testing.TB) string {
	t.Helper()
	dsn := testDSN(t)
	admin, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatalf("connect: %v", err)
	}
	t.Cleanup(func() { admin.Close() })
	name := fmt.Sprintf("t%d_%d", time.Now().UnixNano(), schemaSeq.Add(1))
	if _, err := admin.Exec("CREATE SCHEMA " + name); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		if _, err := admin.ExecContext(context.Background(), "DROP SCHEMA "+name+" CASCADE"); err != nil {
			t.Errorf("drop schema %s: %v", name, err)
		}
	})
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatalf("DSN: %v", err)
	}
	q := u.Query()
	q.Set("search_path", name)
	u.RawQuery = q.Encode()
	return u.String()
}

// openFresh opens a fresh database, closed and dropped when the test ends.
func openFresh(t testing.TB) *postgres.DB {
	t.Helper()
	return openAt(t, freshDSN(t))
}

// openAt opens the database dsn, backing up into a temporary folder; it is
// closed when the test ends.
func openAt(t testing.TB, dsn string) *postgres.DB {
	t.Helper()
	db, err := postgres.Open(dsn)
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	db.SetBackupDir(t.TempDir())
	db.SetTypedNames(true) // the tests play several checkers on one login
	t.Cleanup(func() {
		if err := db.Close(); err != nil {
			t.Errorf("close: %v", err)
		}
	})
	return db
}

// hasPassword reports whether s holds the password pw.
func hasPassword(s, pw string) bool { return strings.Contains(s, pw) }
