package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"claimdesk/claims"
	"claimdesk/desk"
)

// init registers import-bundle and resolve.
func init() {
	register(&command{name: "import-bundle", summary: "merge a bundle written by export --format bundle", run: runImportBundle})
	register(&command{name: "resolve", summary: "take a bundle's version of a record that import-bundle reported as a conflict", run: runResolve})
}

// runResolve runs "resolve": it makes the bundle's version of a record that
// import-bundle reported as a conflict the current one.
func runResolve(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "resolve", "KIND ID HASH",
		"Makes the bundle's version of a record that import-bundle listed as a conflict the current one;\n"+
			"this database's version goes to the history (field \"merged\"). KIND is claim, article, source\n"+
			"or evidence; HASH is the version's hash as import-bundle printed it (at least 8 characters).")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 3 {
		return claims.Errorf(claims.EINVALID, "resolve needs KIND, ID and HASH, as import-bundle lists them.")
	}
	kind := claims.RecordKind(strings.ToLower(pos[0]))
	switch kind {
	case claims.RecordClaim, claims.RecordArticle, claims.RecordSource, claims.RecordEvidence:
	default:
		return usagef("unknown KIND %q; use claim, article, source or evidence", pos[0])
	}
	svc, err := e.services()
	if err != nil {
		return err
	}
	if err := svc.Exchange.ResolveConflict(e.withActor(ctx), kind, pos[1], pos[2]); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "The bundle's version of %s %s is now the current one; the previous one is in its history.\n", oneLine(pos[0]), oneLine(pos[1]))
	return nil
}

// runImportBundle runs "import-bundle": it verifies a bundle, backs up the
// database, merges the bundle and prints what it did.
func runImportBundle(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "import-bundle", "FILE",
		"Verifies a bundle (checksums, paths, sizes, versions), backs up the database and merges\n"+
			"the bundle in one transaction (see docs/exchange.md). Records are matched by ID: a record\n"+
			"changed only in the bundle replaces the local one, which stays readable in the history;\n"+
			"a record changed on both sides is a conflict: the local version is kept, the bundle's is\n"+
			"recorded in the history (field \"conflict\", see claimctl history ID) and listed here.\n"+
			"Importing the same bundle again changes nothing.")
	format := formatFlag(fs, "text", "text", "json")
	path, err := parseOneArg(fs, args, "bundle file")
	if err != nil {
		return err
	}
	f, err := format()
	if err != nil {
		return err
	}
	svc, err := e.services()
	if err != nil {
		return err
	}
	res, err := desk.MergeBundleFile(e.withActor(ctx), *svc, path, path)
	if err != nil {
		return err
	}
	if len(res.Ignored) > 0 {
		fmt.Fprintf(e.stderr, "claimctl import-bundle: note: the bundle holds fields this Claimdesk does not know, perhaps written by a newer version; they were not imported: %s\n",
			strings.Join(res.Ignored, ", "))
	}
	if f == "json" {
		return writeJSON(e.stdout, res)
	}
	return writeMergeResult(e.stdout, path, res)
}

// writeMergeResult says in words what a merge did, listing every conflict.
func writeMergeResult(w io.Writer, path string, res *claims.MergeResult) error {
	fmt.Fprintf(w, "Imported %s:\n", oneLine(path))
	fmt.Fprintf(w, "  created    %d\n", res.Created)
	fmt.Fprintf(w, "  updated    %d  (changed only in the bundle; the local version went to history)\n", res.Updated)
	fmt.Fprintf(w, "  kept       %d  (the local version is newer; the bundle's older one went to history)\n", res.Kept)
	fmt.Fprintf(w, "  unchanged  %d  (the same here, or a version this database already had)\n", res.Unchanged)
	fmt.Fprintf(w, "  conflicts  %d  (changed on both sides: the local version was kept, the bundle's went to history)\n", len(res.Conflicts))
	fmt.Fprintf(w, "  events     %d  history entries imported\n", res.Events)
	fmt.Fprintf(w, "  snapshots  %d  newly stored\n", res.Snapshots)
	for _, id := range slices.Sorted(maps.Keys(res.ScaleCopies)) {
		cp := res.ScaleCopies[id]
		fmt.Fprintf(w, "The bundle changed the preset scale %q; it was added as the new scale %q, used by the bundle's claims.\n", oneLine(id), oneLine(cp))
	}
	if res.Backup != "" {
		fmt.Fprintf(w, "Backup taken before the merge: %s\n", oneLine(res.Backup))
	} else {
		fmt.Fprintln(w, "Nothing was written, so no backup was needed.")
	}
	if len(res.Conflicts) == 0 {
		return nil
	}
	fmt.Fprintf(w, "\nConflicts: compare both versions with claimctl history ID (field \"conflict\");\n"+
		"to take the bundle's version instead of this database's: claimctl resolve KIND ID HASH\n")
	t := &table{header: []string{"KIND", "ID", "HASH", "RECORD"}}
	for _, c := range res.Conflicts {
		t.add(string(c.Kind), c.ID, c.Hash[:min(12, len(c.Hash))], clip(c.Title, 50))
	}
	return t.write(w, "")
}

// versionSummary shows a version kept as JSON in history by the fields a
// checker writes that differ from current (the record as it is now, nil
// when unknown), leaving out IDs and bookkeeping.
func versionSummary(content string, current map[string]any) string {
	var v map[string]any
	if json.Unmarshal([]byte(content), &v) != nil {
		return content
	}
	if _, evidence := v["stance"]; evidence {
		current = nil // evidence kept in its claim's history
	}
	var parts []string
	for _, k := range []string{"title", "text", "url", "stance", "status", "rating_id", "conclusion", "rationale", "claimant", "tags", "excerpt", "note", "name", "publisher", "body"} {
		x, ok := v[k]
		if cur, has := current[k]; current != nil && fmt.Sprint(cur) == fmt.Sprint(x) || (!ok && !has) {
			continue
		}
		if x == nil || x == "" {
			x = "(empty)"
		}
		parts = append(parts, fmt.Sprintf("%s: %v", k, x))
	}
	if len(parts) == 0 {
		parts = append(parts, "the same as the current version")
	}
	return strings.Join(parts, "; ")
}

// currentRecord returns the record id of kind as JSON fields, or nil.
func currentRecord(ctx context.Context, svc *claims.Services, kind claims.RecordKind, id string) map[string]any {
	var rec any
	var err error
	switch kind {
	case claims.RecordClaim:
		rec, err = svc.Claims.FindClaimByID(ctx, id)
	case claims.RecordArticle:
		rec, err = svc.Articles.FindArticleByID(ctx, id)
	case claims.RecordSource:
		rec, err = svc.Sources.FindSourceByID(ctx, id)
	default:
		return nil
	}
	if err != nil {
		return nil
	}
	b, _ := json.Marshal(rec)
	var m map[string]any
	if json.Unmarshal(b, &m) != nil {
		return nil
	}
	return m
}
