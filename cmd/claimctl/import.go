package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"claimdesk/claims"
	"claimdesk/desk"
	"claimdesk/importer"
)

// init registers import, articles and article show.
func init() {
	register(&command{name: "import", summary: "import articles from .txt, .md, .html/.htm files; prints each article's ID", run: runImport})
	register(&command{name: "articles", summary: "list articles", run: runArticles})
	register(&command{name: "article show", summary: "show one article with its text and claims", run: runArticleShow})
}

// runImport runs "import": it imports each file as an article and prints
// the new article's ID.
func runImport(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "import", "FILE...",
		"Imports each file as an article (readable text, not markup) and prints the new\narticle's ID, one per line, as soon as it is stored. A directory stands for the\n.txt, .md, .html and .htm files in it; - stands for standard input (as text,\nor as the format --as names). Files that cannot be read are reported\nand skipped. A file whose text is stored already (the same text after import,\nwhatever the file's name) is not stored again: the stored article's ID is\nprinted and a note says so; --again stores it anyway.")
	title := fs.String("title", "", "article title (one file only; default: from the file)")
	url := fs.String("url", "", "article URL (one file only; default: from the HTML page)")
	publisher := fs.String("publisher", "", "publisher (default: from the HTML page)")
	lang := fs.String("lang", "", "`language`: de or en (default: from the file, or guessed from the text)")
	again := fs.Bool("again", false, "store a file even when its text is stored already")
	as := fs.String("as", "", "`format` of standard input (-): txt, md or html (default: html when the text starts with an HTML tag, else txt)")
	files, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return usagef("name at least one file to import")
	}
	if *lang, err = importLang(*lang); err != nil {
		return err
	}
	if err := checkStdinArgs(files, *as); err != nil {
		return err
	}
	files, skipped, err := expandDirs(files)
	if err != nil {
		return err
	}
	if len(files) > 1 && (*title != "" || *url != "") {
		return usagef("--title and --url apply to one file only, not to %d", len(files))
	}
	svc, err := e.services()
	if err != nil {
		return err
	}
	return importFiles(e.withActor(ctx), e, svc, files, skipped,
		desk.ImportOptions{Title: *title, URL: *url, Publisher: *publisher, Language: *lang, Again: *again, Format: *as})
}

// importLang checks and normalises --lang: "" (not given), de or en.
func importLang(lang string) (string, error) {
	if lang == "" {
		return "", nil
	}
	l := strings.ToLower(strings.TrimSpace(lang))
	if l != "de" && l != "en" {
		return "", usagef("unknown --lang %q; use de or en", lang)
	}
	return l, nil
}

// importFiles reports the skipped files, then imports each file and prints
// its article's ID (or the stored one's, for a text stored already). A file
// that fails is reported and the others go on, unless it is the only one:
// then its error is returned. When any failed, the error says how many, with
// exit status 2 when no failure was internal (EINTERNAL), else 1.
func importFiles(ctx context.Context, e *env, svc *claims.Services, files []string, skipped []importer.Skipped, opts desk.ImportOptions) error {
	failed, userErrs := len(skipped), len(skipped)
	for _, sk := range skipped {
		fmt.Fprintf(e.stderr, "claimctl import: skipped %s\n", errorText(sk.Err)) // the message names the file
	}
	total := len(files) + len(skipped)
	for i, f := range files {
		if ctx.Err() != nil {
			return interrupted(len(files)-i+failed, total)
		}
		id, err := importOne(ctx, e, svc, f, opts)
		var same *desk.AlreadyImported
		if errors.As(err, &same) {
			fmt.Fprintf(e.stderr, "claimctl import: %s: the same text is stored already as article %s (%s); not stored again (--again stores it anyway)\n",
				inputName(f), same.Existing.ID, clip(same.Existing.Title, 60))
			id, err = same.Existing.ID, nil
		}
		if err != nil && ctx.Err() != nil {
			return interrupted(len(files)-i+failed, total)
		}
		if err != nil && total == 1 {
			return err
		}
		if err != nil {
			failed++
			if claims.ErrorCode(err) != claims.EINTERNAL {
				userErrs++
			}
			fmt.Fprintf(e.stderr, "claimctl import: %s\n", errorText(err))
			continue
		}
		fmt.Fprintln(e.stdout, id)
		flushWriter(e.stdout)
	}
	if failed == 0 {
		return nil
	}
	code := 1
	if userErrs == failed {
		code = 2
	}
	return &exitError{code: code, msg: fmt.Sprintf("%d of %d files were not imported", failed, total)}
}

// interrupted is the error of an import stopped by Ctrl+C (exit status 130,
// as a shell reports a command ended by SIGINT).
func interrupted(left, total int) error {
	return &exitError{code: 130, msg: fmt.Sprintf("interrupted; %d of %d files were not imported", left, total)}
}

// expandDirs replaces each directory in files by the supported files in it
// (sorted, not recursive) and checks the type of every named file ("-",
// standard input, stays as it is). Entries of a directory that are not
// regular files come back in skipped.
func expandDirs(files []string) (out []string, skipped []importer.Skipped, err error) {
	for _, f := range files {
		if f == stdinArg {
			out = append(out, f)
			continue
		}
		st, err := os.Stat(f)
		if err == nil && st.IsDir() {
			list, skip, err := importer.FolderFiles(f)
			if err != nil {
				return nil, nil, usagef("%s: %s", f, claims.ErrorMessage(err))
			}
			out, skipped = append(out, list...), append(skipped, skip...)
			continue
		}
		if !importer.Supported(f) {
			return nil, nil, usagef("%s: unsupported file type; use .txt, .md, .html or .htm", f)
		}
		out = append(out, f)
	}
	return out, skipped, nil
}

// importOne reads, converts and stores one file (standard input for "-",
// importStdin) the way the window does (package desk) and returns the new
// ID; a text stored already is a *desk.AlreadyImported unless opts.Again.
func importOne(ctx context.Context, e *env, svc *claims.Services, file string, opts desk.ImportOptions) (string, error) {
	if file == stdinArg {
		return importStdin(ctx, e, svc, opts)
	}
	opts.Format = "" // --as is for standard input only
	a, _, err := desk.ImportFile(ctx, *svc, file, file, opts)
	if err != nil {
		return "", err
	}
	return a.ID, nil
}

// articleRow is one article in "articles --format json".
type articleRow struct {
	ID          string `json:"id"`
	Title       string `json:"title"`
	URL         string `json:"url"`
	Publisher   string `json:"publisher"`
	Language    string `json:"language"`
	PublishedAt string `json:"published_at"`
	ImportedAt  string `json:"imported_at"`
	Chars       int    `json:"chars"`
	BodySHA256  string `json:"body_sha256"`
}

// runArticles runs "articles": it lists the articles, newest import first.
func runArticles(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "articles", "", "Lists the articles, newest import first.")
	format := formatFlag(fs, "text", "text", "json")
	lang := fs.String("lang", "", "only articles in this language (de or en)")
	limit := fs.Int("limit", 0, "at most `N` articles (0: all)")
	f, err := listArgs(fs, args, format, limit)
	if err != nil {
		return err
	}
	filter := claims.ArticleFilter{Limit: *limit}
	if *lang != "" {
		l := strings.ToLower(*lang)
		filter.Language = &l
	}
	svc, err := e.services()
	if err != nil {
		return err
	}
	list, total, err := svc.Articles.FindArticles(ctx, filter)
	if err != nil {
		return err
	}
	if f == "json" {
		rows := make([]articleRow, 0, len(list))
		for _, a := range list {
			rows = append(rows, articleRow{
				ID: a.ID, Title: a.Title, URL: a.URL, Publisher: a.Publisher, Language: a.Language,
				PublishedAt: rfc3339(a.PublishedAt), ImportedAt: rfc3339(a.ImportedAt),
				Chars: len([]rune(a.Body)), BodySHA256: a.BodySHA256,
			})
		}
		return writeJSON(e.stdout, rows)
	}
	t := &table{header: []string{"ID", "IMPORTED", "LANG", "TITLE", "PUBLISHER"}}
	for _, a := range list {
		t.add(a.ID, when(a.ImportedAt), a.Language, clip(a.Title, 60), clip(a.Publisher, 24))
	}
	return t.writePage(e.stdout, "No articles yet; add some with: claimctl import FILE", total)
}

// runArticleShow runs "article show": it shows one article with its text
// and claims.
func runArticleShow(ctx context.Context, e *env, args []string) error {
	id, f, svc, err := showArgs(e, args, "article show", "article ID", "Shows an article's details, its full text and the IDs of its claims.")
	if err != nil {
		return err
	}
	a, err := svc.Articles.FindArticleByID(ctx, id)
	if err != nil {
		return err
	}
	if f == "json" {
		return writeJSON(e.stdout, a)
	}
	cs, _, err := svc.Claims.FindClaims(ctx, claims.ClaimFilter{ArticleID: &a.ID, Sort: claims.SortPosition})
	if err != nil {
		return err
	}
	w := e.stdout
	for _, kv := range [][2]string{
		{"ID", a.ID}, {"Title", a.Title}, {"URL", a.URL}, {"Publisher", a.Publisher},
		{"Language", a.Language}, {"Published", dayOrEmpty(a.PublishedAt)}, {"Imported", when(a.ImportedAt)},
	} {
		if kv[1] != "" {
			fmt.Fprintf(w, "%-10s %s\n", kv[0]+":", kv[1])
		}
	}
	fmt.Fprintf(w, "%-10s %d\n\n%s\n", "Claims:", len(cs), a.Body)
	if len(cs) > 0 {
		fmt.Fprintln(w)
		t := &table{header: []string{"CLAIM", "STATUS", "TEXT"}}
		for _, c := range cs {
			t.add(c.ID, string(c.Status), clip(c.Text, 70))
		}
		return t.write(w, "")
	}
	return nil
}

// dayOrEmpty formats a date, "" for none.
func dayOrEmpty(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return day(t)
}
