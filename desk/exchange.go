package desk

import (
	"context"
	"io"
	"os"

	"claimdesk/claims"
	"claimdesk/importer"
	"claimdesk/report"
)

// FormatBundle is the export format of an exchange bundle (for "claimctl
// import-bundle" or File → Import bundle… on another computer); the other
// formats are report.Formats.
const FormatBundle = report.Format("bundle")

// Export collects the claims in scope and writes them to w as a report in
// opts.Format, or as a bundle when opts.Format is FormatBundle. progress
// (may be nil) is called as the work goes on. It returns what was collected:
// for a report, without the claims' history unless opts.NeedsHistory.
func Export(ctx context.Context, svc claims.Services, scope report.Scope, opts report.Options, w io.Writer, progress func(done, total int)) (*report.Data, error) {
	var data *report.Data
	var err error
	if opts.Format == FormatBundle {
		data, err = report.Collect(ctx, svc, scope)
	} else {
		data, err = report.CollectFor(ctx, svc, scope, opts) // the history only where the report shows it
	}
	if err != nil {
		return nil, err
	}
	if opts.EarlierChecks {
		if err := data.CollectEarlier(ctx, svc.Archives); err != nil {
			return nil, err
		}
	}
	if opts.Format == FormatBundle {
		err = report.WriteBundle(ctx, w, data, svc.Sources, progress)
	} else {
		err = report.Write(ctx, w, data, opts, progress)
	}
	if err != nil {
		return nil, err
	}
	return data, nil
}

// MergeBundle checks the bundle in r (size bytes) and merges it into the
// database in one transaction.
func MergeBundle(ctx context.Context, svc claims.Services, r io.ReaderAt, size int64) (*claims.MergeResult, error) {
	return report.ImportBundle(ctx, svc, r, size)
}

// MergeBundleFile merges the bundle file at path, named name in messages.
func MergeBundleFile(ctx context.Context, svc claims.Services, path, name string) (*claims.MergeResult, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, importer.ReadError(name, err)
	}
	f, st, err := importer.OpenRegular(path) // never a FIFO or a device
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return MergeBundle(ctx, svc, f, st.Size())
}
