package sqlite

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"claimdesk/claims"
)

// The driver "sqlite-faulty" is modernc's SQLite driver with one fault that
// a test can switch on: the result rows of a query whose SQL contains
// faultSQL fail with errInjected after faultAfter rows, as a real driver
// does when the disk fails or the file is damaged in the middle of a scan.
// With modernc, such an error ends rows.Next and shows only in rows.Err.

var errInjected = errors.New("injected fault while reading rows")

var fault struct {
	sync.Mutex
	sql   string
	after int
}

func setFault(sql string, after int) {
	fault.Lock()
	fault.sql, fault.after = sql, after
	fault.Unlock()
}

func faultFor(query string) (int, bool) {
	fault.Lock()
	defer fault.Unlock()
	if fault.sql == "" || !strings.Contains(query, fault.sql) {
		return 0, false
	}
	return fault.after, true
}

var registerFaulty sync.Once

type faultyDriver struct{ base driver.Driver }

func (d faultyDriver) Open(name string) (driver.Conn, error) {
	c, err := d.base.Open(name)
	if err != nil {
		return nil, err
	}
	return &faultyConn{c}, nil
}

// baseConn is what modernc's connection implements and the wrapper needs.
type baseConn interface {
	driver.Conn
	driver.ConnBeginTx
	driver.ConnPrepareContext
	driver.ExecerContext
	driver.QueryerContext
}

type faultyConn struct{ driver.Conn }

func (c *faultyConn) base() baseConn { return c.Conn.(baseConn) }

func (c *faultyConn) BeginTx(ctx context.Context, opts driver.TxOptions) (driver.Tx, error) {
	return c.base().BeginTx(ctx, opts)
}

func (c *faultyConn) PrepareContext(ctx context.Context, query string) (driver.Stmt, error) {
	st, err := c.base().PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	return &faultyStmt{Stmt: st, query: query}, nil
}

func (c *faultyConn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	return c.base().ExecContext(ctx, query, args)
}

func (c *faultyConn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	rows, err := c.base().QueryContext(ctx, query, args)
	return wrapRows(rows, err, query)
}

type faultyStmt struct {
	driver.Stmt
	query string
}

func (s *faultyStmt) ExecContext(ctx context.Context, args []driver.NamedValue) (driver.Result, error) {
	return s.Stmt.(driver.StmtExecContext).ExecContext(ctx, args)
}

func (s *faultyStmt) QueryContext(ctx context.Context, args []driver.NamedValue) (driver.Rows, error) {
	rows, err := s.Stmt.(driver.StmtQueryContext).QueryContext(ctx, args)
	return wrapRows(rows, err, s.query)
}

func wrapRows(rows driver.Rows, err error, query string) (driver.Rows, error) {
	if err != nil {
		return nil, err
	}
	if after, ok := faultFor(query); ok {
		return &faultyRows{Rows: rows, left: after}, nil
	}
	return rows, nil
}

type faultyRows struct {
	driver.Rows
	left int
}

func (r *faultyRows) Next(dest []driver.Value) error {
	if r.left == 0 {
		return errInjected
	}
	r.left--
	return r.Rows.Next(dest)
}

// openFaulty opens a store on the database at path through sqlite-faulty.
func openFaulty(t *testing.T, path string) *store {
	t.Helper()
	registerFaulty.Do(func() {
		db, err := sql.Open("sqlite", ":memory:")
		if err != nil {
			t.Fatal(err)
		}
		sql.Register("sqlite-faulty", faultyDriver{db.Driver()})
		db.Close()
	})
	db, err := sql.Open("sqlite-faulty", dsn(path, false))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return withShared(&store{db: db, path: path, dir: filepath.Dir(path)})
}

// TestRowsErrorIsNotSuccess injects an error in the middle of each
// rows.Next loop that once lacked a rows.Err check; each call must fail
// instead of returning what it read before the fault as a complete answer.
func TestRowsErrorIsNotSuccess(t *testing.T) {
	path := filepath.Join(t.TempDir(), "claimdesk.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx := claims.WithActor(context.Background(), "tester")
	svc := db.Services()
	for _, u := range []string{"https://example.org/a", "https://example.org/b"} {
		if err := svc.Sources.CreateSource(ctx, &claims.Source{URL: u, Title: "Quelle Haushalt"}); err != nil {
			t.Fatal(err)
		}
	}
	if err := svc.Articles.CreateArticle(ctx, &claims.Article{Title: "Haushalt", Body: "Der Haushalt wächst um 5 Prozent."}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	s := openFaulty(t, path)
	calls := []struct {
		name, sql string
		after     int
		call      func() error
	}{
		{"Check/integrity_check", "PRAGMA integrity_check", 0, func() error { return s.Check(ctx) }},
		{"Check/foreign_key_check", "PRAGMA foreign_key_check", 0, func() error { return s.Check(ctx) }},
		{"FindSources", "FROM sources s WHERE", 1, func() error { _, _, err := s.FindSources(ctx, claims.SourceFilter{}); return err }},
		{"FindScales", "ORDER BY preset DESC", 1, func() error { _, err := s.FindScales(ctx); return err }},
		{"Search", "count(*) OVER ()", 1, func() error {
			_, _, err := s.Search(ctx, claims.SearchQuery{Text: "Haushalt"})
			return err
		}},
	}
	for _, c := range calls {
		t.Run(c.name, func(t *testing.T) {
			setFault("", 0)
			if err := c.call(); err != nil {
				t.Fatalf("without a fault: %v", err)
			}
			setFault(c.sql, c.after)
			defer setFault("", 0)
			err := c.call()
			if err == nil {
				t.Fatalf("a read error after %d rows of %q was reported as success", c.after, c.sql)
			}
			if !errors.Is(err, errInjected) {
				t.Errorf("error %v does not carry the injected fault", err)
			}
		})
	}
}
