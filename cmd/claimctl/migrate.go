package main

import (
	"context"
	"fmt"

	"claimdesk/storage/backend"
)

// init registers migrate.
func init() {
	register(&command{name: "migrate", summary: "copy a whole database into an empty one (SQLite file ↔ PostgreSQL server)", run: runMigrate})
}

// openTarget opens each side of migrate (a variable for the tests).
var openTarget = backend.Open

// runMigrate runs "migrate": it copies every record of one database into
// another, empty one.
func runMigrate(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "migrate", "",
		"Copies every record of one database into another, empty one: claims, articles, sources,\n"+
			"evidence, rating scales, the whole history, the archives of earlier fact-checks with their\n"+
			"links and dismissals, and the snapshot files, with the same IDs.\n"+
			"Each side is an SQLite file path or a postgres:// URL (for example\n"+
			"postgres://anna@db.newsroom.example/claimdesk?sslmode=require). A new file, or an empty\n"+
			"database (createdb), is set up first; a target that holds any record is refused.\n"+
			"The source is only read. --db is not used.")
	from := fs.String("from", "", "the database to copy: a `file or postgres:// URL`")
	to := fs.String("to", "", "the empty database to copy into: a `file or postgres:// URL`")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	if *from == "" || *to == "" {
		return usagef("migrate needs --from and --to (--db is not used)")
	}
	if *from == *to {
		return usagef("--from and --to name the same database")
	}
	if err := checkDBExists("--from", *from); err != nil {
		return err
	}
	if err := checkDBFolder("--to", *to); err != nil {
		return err
	}
	src, err := openTarget(*from)
	if err != nil {
		if loc, ok := readOnlyFrom(*from, err); ok {
			return &exitError{code: 1, msg: fmt.Sprintf("the database %s cannot be written (the file or its folder is read-only), "+
				"and migrate opens its source as every writer does; nothing was copied. Copy the file into a folder that can be written "+
				"and migrate from the copy.", loc)}
		}
		return err
	}
	defer src.Close()
	dst, err := openTarget(*to)
	if err != nil {
		return err
	}
	defer dst.Close()
	res, err := backend.Copy(ctx, src, dst)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Copied %s into %s:\n", oneLine(src.Location), oneLine(dst.Location))
	for _, t := range []struct{ table, label string }{
		{"articles", "articles"}, {"claims", "claims"}, {"sources", "sources"}, {"evidence", "evidence links"},
		{"scales", "rating scales"}, {"events", "history entries"}, {"versions", "kept versions"},
		{"archives", "archives"}, {"archive_records", "archive records"}, {"group_records", "record links"},
		{"claim_groups", "grouped claims"}, {"group_links", "links"}, {"match_dismissals", "dismissals"},
	} {
		fmt.Fprintf(e.stdout, "  %-16s %d\n", t.label, res.Rows[t.table])
	}
	fmt.Fprintf(e.stdout, "  %-16s %d\n", "snapshot files", res.Snapshots)
	return nil
}

// readOnlyFrom reports whether err, from opening migrate's source from,
// says that the file cannot be written, and names the file.
func readOnlyFrom(from string, err error) (string, bool) {
	if readOnlyLocation == nil {
		return "", false
	}
	return readOnlyLocation(from, err)
}
