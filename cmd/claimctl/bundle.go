package main

import (
	"context"
	"fmt"

	"claimdesk/importer"
	rpt "claimdesk/report"
)

func init() {
	register(&command{name: "import-bundle", summary: "merge a bundle written by export --format bundle", run: runImportBundle})
}

func runImportBundle(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "import-bundle", "FILE",
		"Verifies a bundle (checksums, paths, sizes, versions) and merges it into the database\n"+
			"in one transaction: records are matched by ID, the newer version of a record changed\n"+
			"on both sides wins and the other is kept in the claim's history. Importing the same\n"+
			"bundle again changes nothing.")
	format := formatFlag(fs, "text", "text", "json")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	path, err := oneArg(pos, "bundle file")
	if err != nil {
		return err
	}
	f, err := format()
	if err != nil {
		return err
	}
	file, st, err := importer.OpenRegular(path) // never a FIFO or a device
	if err != nil {
		return err
	}
	defer file.Close()
	svc, err := e.services()
	if err != nil {
		return err
	}
	res, err := rpt.ImportBundle(e.withActor(ctx), *svc, file, st.Size())
	if err != nil {
		return err
	}
	if f == "json" {
		return writeJSON(e.stdout, res)
	}
	fmt.Fprintf(e.stdout, "Imported %s:\n", path)
	fmt.Fprintf(e.stdout, "  created    %d\n", res.Created)
	fmt.Fprintf(e.stdout, "  updated    %d  (the bundle's version was newer)\n", res.Updated)
	fmt.Fprintf(e.stdout, "  kept       %d  (the local version was newer; the bundle's went to history)\n", res.Kept)
	fmt.Fprintf(e.stdout, "  unchanged  %d\n", res.Unchanged)
	fmt.Fprintf(e.stdout, "  snapshots  %d  newly stored\n", res.Snapshots)
	return nil
}
