package sqlstore

import (
	"context"
	"embed"
	"sort"
	"strings"
)

// Migration is one schema step of a backend: an embedded SQL file, and
// what runs in the step's transaction once its SQL has run.
type Migration struct {
	Name, SQL string
	After     func(ctx context.Context, tx Querier) error
}

// LoadMigrations reads the *.sql files of fsys in name order; version i+1
// is the i-th. The first (0001_) seeds the preset scales.
func LoadMigrations(fsys embed.FS) []Migration {
	entries, err := fsys.ReadDir(".")
	if err != nil {
		panic(err)
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	out := make([]Migration, 0, len(names))
	for _, n := range names {
		b, err := fsys.ReadFile(n)
		if err != nil {
			panic(err)
		}
		m := Migration{Name: n, SQL: string(b)}
		if strings.HasPrefix(n, "0001_") {
			m.After = SeedScales
		}
		out = append(out, m)
	}
	return out
}
