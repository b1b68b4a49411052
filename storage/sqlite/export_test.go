package sqlite

import (
	"context"
	"database/sql"
)

// CreateAtVersion creates a database at path migrated only up to schema
// version n, as an older Claimdesk would have left it.
func CreateAtVersion(path string, n int) error {
	db, err := sql.Open("sqlite", dsn(path, false))
	if err != nil {
		return err
	}
	defer db.Close()
	s := &store{db: db, path: path}
	for i := 0; i < n; i++ {
		if err := s.apply(context.Background(), i+1, migrations[i]); err != nil {
			return err
		}
	}
	return nil
}
