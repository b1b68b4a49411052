package desk

import (
	"context"
	"os"
	"path/filepath"
	"strings"

	"claimdesk/claims"
	"claimdesk/claims/extract"
	"claimdesk/importer"
)

// ImportOptions are what the person said about an article to import. Empty
// fields are taken from the file (or, for the language, from the text).
type ImportOptions struct {
	Title, URL, Publisher string
	Language              string // "de", "en" or "" (from the file, else detected)
	// Format is the format of the content as a file extension (".txt",
	// ".md", ".html"), for text that comes from no file (standard input);
	// "" takes it from the name's extension.
	Format string
	// Again stores the article even when its text is stored already;
	// without it such an import fails with *AlreadyImported (FindSame).
	Again bool
	// Extract splits and scores the text; nil means extract.Extract.
	Extract func(text string, o extract.Options) []extract.Unit
	// Dropped, when not nil, is added the number of control characters
	// Prepare drops from the body and the title (the window says so).
	Dropped *int
}

// extractor returns the extraction to use.
func (o ImportOptions) extractor() func(string, extract.Options) []extract.Unit {
	if o.Extract != nil {
		return o.Extract
	}
	return extract.Extract
}

// ReadFile reads an article file for import; both front ends read article
// files only through it. Only an ordinary file of at most
// importer.MaxArticleBytes is read (importer.ReadFile: never a FIFO or a
// device, stopped by ctx). Its errors say in plain words what is wrong and
// name the file as name.
func ReadFile(ctx context.Context, path, name string) ([]byte, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, importer.ReadError(name, err)
	}
	return importer.ReadFile(ctx, path, importer.MaxArticleBytes)
}

// ReadArticle converts file content (named name: its extension chooses the
// format, unless opts.Format does) into an article ready to store, with
// opts applied; see Prepare.
func ReadArticle(name string, data []byte, opts ImportOptions) (*claims.Article, []extract.Unit, error) {
	var a *claims.Article
	var err error
	if opts.Format != "" {
		a, err = importer.ReadArticleAs(name, opts.Format, data)
	} else {
		a, err = importer.ReadArticle(filepath.Base(name), data)
	}
	if err != nil {
		return nil, nil, err
	}
	for dst, v := range map[*string]string{&a.Title: opts.Title, &a.URL: opts.URL, &a.Publisher: opts.Publisher, &a.Language: opts.Language} {
		if v = strings.TrimSpace(v); v != "" {
			*dst = v
		}
	}
	units := Prepare(a, opts)
	return a, units, nil
}

// Prepare finishes an article read from a file or typed in: Unix line
// ends, two columns side by side read apart (importer.OneColumn), no
// control characters in body and title (importer.DropControls;
// opts.Dropped counts them), a title from the first visible line when it
// has none (or one of only invisible characters, importer.Visible), and,
// when its language is still open, the language most of the text was detected in
// by the extractor. It returns the extraction of the body, which the
// reader shows.
func Prepare(a *claims.Article, opts ImportOptions) []extract.Unit {
	if opts.Dropped != nil {
		*opts.Dropped += droppedControls(a)
	}
	a.Body = cleanBody(a.Body)
	a.Title = strings.TrimSpace(importer.DropControls(a.Title))
	if !importer.Visible(a.Title) {
		a.Title = importer.TitleFromText(a.Body)
	}
	units := opts.extractor()(a.Body, extract.Options{Lang: a.Language})
	if a.Language == "" {
		a.Language = MajorityLanguage(units)
	}
	return units
}

// droppedControls is the number of control characters Prepare drops from
// a's body and title; a title that is a line of the body (a text file's
// first line) holds no others.
func droppedControls(a *claims.Article) int {
	n := importer.CountControls(UnixLines(a.Body))
	if !strings.Contains(a.Body, a.Title) {
		n += importer.CountControls(a.Title)
	}
	return n
}

// cleanBody is the body of an article as it is stored: Unix line ends,
// two columns side by side read apart (importer.OneColumn: a text pasted
// from a PDF laid out in two columns), no control characters, no white
// space at either end.
func cleanBody(s string) string {
	return strings.TrimSpace(importer.DropControls(importer.OneColumn(UnixLines(s))))
}

// ArticleText returns the text an article file (named name: its extension
// chooses the format) is stored with when it is imported, without
// extracting it: the readable text of an HTML page or a Markdown file, not
// its markup (importer.ReadArticle, then as Prepare).
func ArticleText(name string, data []byte) (string, error) {
	return ArticleTextAs(filepath.Base(name), "", data)
}

// ArticleTextAs is ArticleText for content in the format that ext names
// (".txt", ".md", ".html"; "" takes it from name's extension), named name
// in messages: for text that comes from no file, such as standard input.
func ArticleTextAs(name, ext string, data []byte) (string, error) {
	var a *claims.Article
	var err error
	if ext != "" {
		a, err = importer.ReadArticleAs(name, ext, data)
	} else {
		a, err = importer.ReadArticle(filepath.Base(name), data)
	}
	if err != nil {
		return "", err
	}
	return cleanBody(a.Body), nil
}

// UnixLines gives pasted or read text Unix line ends ("\r\n" and a lone
// "\r" become "\n").
func UnixLines(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// MajorityLanguage is the language most of the text of units was detected
// in (by length), "" if none; a tie goes to German.
func MajorityLanguage(units []extract.Unit) string {
	n := map[string]int{}
	for _, u := range units {
		if u.Lang == "de" || u.Lang == "en" {
			n[u.Lang] += len(u.Text)
		}
	}
	switch {
	case n["de"] == 0 && n["en"] == 0:
		return ""
	case n["de"] >= n["en"]:
		return "de"
	default:
		return "en"
	}
}

// ImportFile reads, converts and stores the article file at path, named
// name in messages, and returns the stored article and its extraction.
func ImportFile(ctx context.Context, svc claims.Services, path, name string, opts ImportOptions) (*claims.Article, []extract.Unit, error) {
	data, err := ReadFile(ctx, path, name)
	if err != nil {
		return nil, nil, err
	}
	return ImportData(ctx, svc, name, data, opts)
}

// ImportData converts file content named name and stores the article; a
// text stored already is an *AlreadyImported unless opts.Again.
func ImportData(ctx context.Context, svc claims.Services, name string, data []byte, opts ImportOptions) (*claims.Article, []extract.Unit, error) {
	a, units, err := ReadArticle(name, data, opts)
	if err != nil {
		return nil, nil, err
	}
	if err := storeNew(ctx, svc, name, a, opts.Again); err != nil {
		return nil, nil, err
	}
	return a, units, nil
}

// ImportArticle prepares and stores an article typed or pasted in (see
// Prepare) and returns its extraction; a text stored already is an
// *AlreadyImported unless opts.Again.
func ImportArticle(ctx context.Context, svc claims.Services, a *claims.Article, opts ImportOptions) ([]extract.Unit, error) {
	units := Prepare(a, opts)
	if err := storeNew(ctx, svc, a.Title, a, opts.Again); err != nil {
		return nil, err
	}
	return units, nil
}

// Store stores an article read with ReadArticle or prepared with Prepare;
// a refused article's message names name. An article whose text is stored
// already is not stored again: the error is an *AlreadyImported.
func Store(ctx context.Context, svc claims.Services, name string, a *claims.Article) error {
	return storeNew(ctx, svc, name, a, false)
}

// store creates the article; a refusal names it as name.
func store(ctx context.Context, svc claims.Services, name string, a *claims.Article) error {
	err := svc.Articles.CreateArticle(ctx, a)
	if claims.ErrorCode(err) == claims.EINVALID {
		return claims.Errorf(claims.EINVALID, "%s: %s", name, claims.ErrorMessage(err))
	}
	return err
}
