// Package pgscratch gives a test an empty schema of its own on the test
// PostgreSQL server, whose address $CLAIMDESK_TEST_POSTGRES holds (`make
// test` starts the server and sets it). Only tests import it.
package pgscratch

import (
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver
)

// Schema creates an empty schema named prefix and a time stamp on the test
// server, dropped when the test ends, and returns a DSN whose search_path
// is that schema; it skips the test without a server.
func Schema(t testing.TB, prefix string) string {
	t.Helper()
	dsn := os.Getenv("CLAIMDESK_TEST_POSTGRES")
	if dsn == "" {
		t.Skip("CLAIMDESK_TEST_POSTGRES is not set: no PostgreSQL server to test against")
	}
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	admin, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	name := fmt.Sprintf("%s_%d", prefix, time.Now().UnixNano())
	if _, err := admin.Exec("CREATE SCHEMA " + name); err != nil {
		admin.Close()
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		if _, err := admin.Exec("DROP SCHEMA " + name + " CASCADE"); err != nil {
			t.Errorf("drop schema %s: %v", name, err)
		}
		admin.Close()
	})
	q := u.Query()
	q.Set("search_path", name)
	u.RawQuery = q.Encode()
	return u.String()
}
