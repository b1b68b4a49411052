// Package report turns Claimdesk records into documents and exchange bundles.
//
// A report is made in two steps. Collect reads everything a scope covers
// (one article, a filtered set of claims, or all of them) from the storage
// services into a Data value; Write renders that Data in one Format:
//
//	data, err := report.Collect(ctx, svc, report.Scope{ArticleID: id})
//	err = report.Write(ctx, w, data, report.Options{Format: report.HTML, Lang: "de"}, progress)
//
// The formats are a self-contained HTML page (inline CSS, printable), a PDF
// with an embedded Unicode font, Markdown, CSV (RFC 4180, protected against
// formula injection), JSON (full fidelity, documented in docs/export-json.md)
// and schema.org ClaimReview JSON-LD.
//
// Bundles carry records from one database to another: WriteBundle writes a
// zip with the JSON dataset, the snapshot files and a manifest of SHA-256
// checksums; ImportBundle verifies all of it (paths, sizes, compression
// ratio, checksums, versions, references) before a single transaction merges
// it through claims.ExchangeService.
//
// Long operations take a context and stop when it is cancelled; they report
// progress through a func(done, total int) that may be nil. It is called on
// the caller's goroutine, at most about 200 times; a GUI hands it to its UI
// thread (fyne.Do) itself.
//
// An export runs in a goroutine; package desk (Export) does it alike for
// the window and claimctl:
//
//	data, err := report.CollectFor(ctx, svc, scope, opts)   // cancellable; the history only where opts shows it
//	err = data.CollectEarlier(ctx, svc.Archives)            // with opts.EarlierChecks
//	err = report.Write(ctx, file, data, opts, progress)      // one of report.Formats
//
// and a bundle export calls Collect, then WriteBundle(ctx, file, data,
// svc.Sources, progress). opts.Warn collects the claims a ClaimReview export
// leaves out and those whose characters a PDF shows as "[?]" (see Warning),
// and Format.Ext gives the file name's extension. opts.History adds the
// change history to HTML, PDF and Markdown; opts.Location sets the time
// zone of the dates. An import dialog calls ImportBundle (or ReadBundle
// first, to show what a bundle holds) and shows the MergeResult.
//
// The package imports the domain package claims, the standard library, its
// own streaming PDF writer (internal/pdfw), the DejaVu fonts and the
// TrueType parser of golang.org/x/image; it never imports a storage backend
// or the GUI.
package report
