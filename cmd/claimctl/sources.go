package main

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"claimdesk/claims"
	"claimdesk/importer"
)

// init registers source add, sources and evidence add.
func init() {
	register(&command{name: "source add", summary: "add a source, optionally with snapshot files; prints its ID", run: runSourceAdd})
	register(&command{name: "sources", summary: "list sources", run: runSources})
	register(&command{name: "evidence add", summary: "link a claim to a source with a stance; prints the link's ID", run: runEvidenceAdd})
}

// sourceKindNames returns the source kinds, comma-separated.
func sourceKindNames() string {
	names := make([]string, len(claims.SourceKinds))
	for i, k := range claims.SourceKinds {
		names[i] = string(k)
	}
	return strings.Join(names, ", ")
}

// runSourceAdd runs "source add": it adds a source with its snapshot files
// and prints its ID.
func runSourceAdd(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "source add", "",
		"Adds a source and prints its ID. Each --snapshot file (a saved page, PDF or\nscreenshot) is stored with the database; the same content is stored once.")
	url := fs.String("url", "", "the source's `URL` (required unless --title is given; example.org/page is stored as https://example.org/page)")
	title := fs.String("title", "", "title")
	publisher := fs.String("publisher", "", "publisher")
	author := fs.String("author", "", "author")
	kind := fs.String("kind", "", "`kind`: "+sourceKindNames()+" (default other)")
	notes := fs.String("notes", "", "notes")
	var snaps stringList
	fs.Var(&snaps, "snapshot", "a `file` to keep as a snapshot (repeatable)")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	if strings.TrimSpace(*url) == "" && strings.TrimSpace(*title) == "" {
		return usagef("--url is required (or at least --title)")
	}
	addr, ok := claims.WebAddress(*url) // "example.org/page" gets "https://", as in the window
	if !ok {
		return usagef("--url %q is not a web address; write it as https://example.org/page", *url)
	}
	s := &claims.Source{
		URL: addr, Title: strings.TrimSpace(*title), Publisher: strings.TrimSpace(*publisher),
		Author: strings.TrimSpace(*author), Notes: strings.TrimSpace(*notes),
	}
	if *kind != "" {
		k, err := claims.ParseSourceKind(*kind)
		if err != nil {
			return usagef("unknown --kind %q; use %s", *kind, sourceKindNames())
		}
		s.Kind = k
	}
	// Check the snapshot files first, so that a typo does not leave a
	// source without its files.
	if err := checkSnapshots(snaps); err != nil {
		return err
	}
	svc, err := e.services()
	if err != nil {
		return err
	}
	ctx = e.withActor(ctx)
	if err := svc.Sources.CreateSource(ctx, s); err != nil {
		return err
	}
	for _, p := range snaps {
		if err := attach(ctx, svc, s.ID, p); err != nil {
			fmt.Fprintln(e.stdout, s.ID)
			return &exitError{code: 1, msg: fmt.Sprintf("source %s was added, but snapshot %s was not: %s", s.ID, p, errorText(err))}
		}
	}
	fmt.Fprintln(e.stdout, s.ID)
	return nil
}

// checkSnapshots refuses snapshot files that are not ordinary files
// (FIFOs, devices, folders) or are empty.
func checkSnapshots(snaps []string) error {
	for _, p := range snaps {
		f, st, err := importer.OpenRegular(p) // refuses FIFOs, devices, folders
		if err != nil {
			return usagef("snapshot %s", claims.ErrorMessage(err))
		}
		f.Close()
		if st.Size() == 0 {
			return usagef("snapshot %s is empty", p)
		}
	}
	return nil
}

// attach stores the file at path as a snapshot of the source.
func attach(ctx context.Context, svc *claims.Services, sourceID, path string) error {
	f, err := importer.OpenLimited(ctx, path, importer.MaxSnapshotBytes)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = svc.Sources.AttachSnapshot(ctx, sourceID, filepath.Base(path), f)
	return err
}

// sourceRow is one source in "sources --format json".
type sourceRow struct {
	*claims.Source
	Snapshots []claims.Snapshot `json:"snapshots"`
}

// runSources runs "sources": it lists the sources.
func runSources(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "sources", "", "Lists the sources.")
	format := formatFlag(fs, "text", "text", "json")
	claimID := fs.String("claim", "", "only sources used as evidence for the claim with this `ID`")
	limit := fs.Int("limit", 0, "at most `N` sources (0: all)")
	f, err := listArgs(fs, args, format, limit)
	if err != nil {
		return err
	}
	svc, err := e.services()
	if err != nil {
		return err
	}
	filter := claims.SourceFilter{Limit: *limit}
	if c := strings.TrimSpace(*claimID); c != "" {
		if _, err := svc.Claims.FindClaimByID(ctx, c); err != nil {
			return err
		}
		filter.ClaimID = &c
	}
	list, total, err := svc.Sources.FindSources(ctx, filter)
	if err != nil {
		return err
	}
	if f == "json" {
		rows := make([]sourceRow, 0, len(list))
		for _, s := range list {
			r := sourceRow{Source: s, Snapshots: s.Snapshots}
			if r.Snapshots == nil {
				r.Snapshots = []claims.Snapshot{}
			}
			rows = append(rows, r)
		}
		return writeJSON(e.stdout, rows)
	}
	t := &table{header: []string{"ID", "KIND", "TITLE", "URL", "SNAPSHOTS"}}
	for _, s := range list {
		t.add(s.ID, string(s.Kind), clip(s.Title, 40), clip(s.URL, 50), fmt.Sprint(len(s.Snapshots)))
	}
	return t.writePage(e.stdout, "No sources yet; add one with: claimctl source add --url URL", total)
}

// runEvidenceAdd runs "evidence add": it links a claim to a source with a
// stance and prints the link's ID.
func runEvidenceAdd(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "evidence add", "", "Links a claim to a source with a stance and prints the link's ID.")
	claimID := fs.String("claim", "", "claim `ID` (required)")
	sourceID := fs.String("source", "", "source `ID` (required)")
	stance := fs.String("stance", "", "`stance`: supports, refutes or context (required)")
	excerpt := fs.String("excerpt", "", "the passage of the source that matters")
	note := fs.String("note", "", "a note")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	for _, r := range []struct{ name, v string }{{"claim", *claimID}, {"source", *sourceID}, {"stance", *stance}} {
		if err := required(r.name, r.v); err != nil {
			return err
		}
	}
	st, err := claims.ParseStance(*stance)
	if err != nil {
		return usagef("unknown --stance %q; use supports, refutes or context", *stance)
	}
	svc, err := e.services()
	if err != nil {
		return err
	}
	ctx = e.withActor(ctx)
	ev := &claims.Evidence{
		ClaimID: strings.TrimSpace(*claimID), SourceID: strings.TrimSpace(*sourceID), Stance: st,
		Excerpt: strings.TrimSpace(*excerpt), Note: strings.TrimSpace(*note),
	}
	if err := svc.Evidence.CreateEvidence(ctx, ev); err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, ev.ID)
	return nil
}
