package main

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"claimdesk/archive"
	"claimdesk/claims"
	"claimdesk/importer"
)

// init registers archive import, archive list and archive remove.
func init() {
	register(&command{name: "archive import", summary: "import an archive of earlier fact-checks (ClaimReview JSON-LD or HTML, TSV/CSV, bundle)", run: runArchiveImport})
	register(&command{name: "archive list", summary: "list the imported fact-check archives", run: runArchiveList})
	register(&command{name: "archive remove", summary: "remove an imported fact-check archive and its records", run: runArchiveRemove})
}

// runArchiveImport runs "archive import": it parses FILE as an archive of
// fact-checks, imports it and prints the counts and the malformed records.
func runArchiveImport(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "archive import", "FILE",
		"Imports earlier fact-checks as an archive, kept apart from your own claims:\nschema.org ClaimReview JSON-LD (an object, an array, @graph, or a saved HTML\npage with application/ld+json blocks), a TSV or CSV table with text, title,\nverdict, claimant, date and url columns, or a Claimdesk bundle (its claims\nwith a verdict). Importing the same file again changes nothing; records that\ncannot be read are counted and named, never half-imported.")
	name := fs.String("name", "", "archive `name` (default: the file name without extension)")
	publisher := fs.String("publisher", "", "publisher of the fact-checks (default: from the records)")
	format := formatFlag(fs, "text", "text", "json")
	file, err := parseOneArg(fs, args, "file")
	if err != nil {
		return err
	}
	f, err := format()
	if err != nil {
		return err
	}
	// Read as every other file a stranger may have made (importer.ReadFile):
	// a FIFO or device is refused instead of blocking or filling the memory.
	data, err := importer.ReadFile(ctx, file, archive.MaxFileSize)
	if err != nil {
		return err
	}
	start := time.Now()
	imp, err := archive.Parse(*name, file, data)
	if err != nil {
		return err
	}
	if *publisher != "" {
		imp.Publisher = *publisher
	}
	svc, err := e.services()
	if err != nil {
		return err
	}
	res, err := svc.Archives.ImportArchive(e.withActor(ctx), imp)
	if err != nil {
		return err
	}
	if f == "json" {
		return writeJSON(e.stdout, res)
	}
	fmt.Fprintf(e.stdout, "Archive %q (%s): %d added, %d updated, %d unchanged, %d malformed; %d records in all (%.1f s).\n",
		res.Archive.Name, res.Archive.ID, res.Added, res.Updated, res.Unchanged, len(res.Malformed), res.Archive.Records,
		time.Since(start).Seconds())
	for i, m := range res.Malformed {
		if i == 20 {
			fmt.Fprintf(e.stdout, "  … and %d more\n", len(res.Malformed)-i)
			break
		}
		fmt.Fprintf(e.stdout, "  malformed %s: %s\n", m.Where, m.Why)
	}
	return nil
}

// runArchiveList runs "archive list": it lists the imported archives.
func runArchiveList(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "archive list", "", "Lists the imported fact-check archives, oldest import first.")
	format := formatFlag(fs, "text", "text", "json")
	limit := new(int)
	f, err := listArgs(fs, args, format, limit)
	if err != nil {
		return err
	}
	svc, err := e.services()
	if err != nil {
		return err
	}
	as, err := svc.Archives.Archives(ctx)
	if err != nil {
		return err
	}
	if f == "json" {
		return writeJSONList(e.stdout, as)
	}
	t := &table{header: []string{"ID", "NAME", "PUBLISHER", "RECORDS", "IMPORTED", "FROM"}}
	for _, a := range as {
		t.add(a.ID, clip(a.Name, 30), clip(a.Publisher, 24), strconv.Itoa(a.Records), day(a.ImportedAt), clip(a.Source, 30))
	}
	return t.write(e.stdout, "No archives. Import one with: claimctl archive import FILE")
}

// runArchiveRemove runs "archive remove": it removes the archive with the
// given ID or name, with its records.
func runArchiveRemove(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "archive remove", "ID_OR_NAME", "Removes an archive with its records and the links to them.")
	key, err := parseOneArg(fs, args, "archive ID or name")
	if err != nil {
		return err
	}
	svc, err := e.services()
	if err != nil {
		return err
	}
	as, err := svc.Archives.Archives(ctx)
	if err != nil {
		return err
	}
	for _, a := range as {
		if a.ID == key || a.Name == key {
			if err := svc.Archives.RemoveArchive(e.withActor(ctx), a.ID); err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "Removed archive %q with %d records.\n", a.Name, a.Records)
			return nil
		}
	}
	return claims.Errorf(claims.ENOTFOUND, "No archive has the ID or name %q (see claimctl archive list).", key)
}
