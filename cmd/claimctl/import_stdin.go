package main

import (
	"bytes"
	"context"
	"slices"
	"strings"

	"claimdesk/claims"
	"claimdesk/desk"
	"claimdesk/importer"
)

// stdinArg is the file argument that stands for standard input.
const stdinArg = "-"

// stdinName names standard input in messages.
const stdinName = "standard input"

// inputName is how messages name the file argument f.
func inputName(f string) string {
	if f == stdinArg {
		return stdinName
	}
	return f
}

// checkStdinArgs refuses standard input named twice (it can be read only
// once) and an --as that is not a format import reads; --as without "-"
// is refused too, since it says nothing about files, which are read by
// their extension.
func checkStdinArgs(files []string, as string) error {
	n := 0
	for _, f := range files {
		if f == stdinArg {
			n++
		}
	}
	if n > 1 {
		return usagef("name - (standard input) once only; it can be read only once")
	}
	if as == "" {
		return nil
	}
	if _, ok := stdinExt(as); !ok {
		return usagef("unknown --as %q; use txt, md or html", as)
	}
	if n == 0 {
		return usagef("--as gives the format of standard input (-); files are read by their extension")
	}
	return nil
}

// stdinExt is the extension that --as names ("txt", "md", "html", "htm",
// with or without a dot, any case).
func stdinExt(as string) (string, bool) {
	ext := "." + strings.TrimPrefix(strings.ToLower(strings.TrimSpace(as)), ".")
	return ext, slices.Contains(importer.Extensions, ext)
}

// importStdin reads standard input (at most importer.MaxArticleBytes) and
// stores it as one article, read as the format opts.Format names (--as),
// else as HTML when it starts with an HTML tag (curl … | claimctl import -),
// else as plain text; messages name it "standard input".
func importStdin(ctx context.Context, e *env, svc *claims.Services, opts desk.ImportOptions) (string, error) {
	data, err := importer.ReadAll(ctx, stdinName, e.stdin, importer.MaxArticleBytes)
	if err != nil {
		return "", err
	}
	if opts.Format == "" {
		opts.Format = ".txt"
		if looksLikeHTML(data) {
			opts.Format = ".html"
		}
	} else {
		opts.Format, _ = stdinExt(opts.Format)
	}
	a, _, err := desk.ImportData(ctx, *svc, stdinName, data, opts)
	if err != nil {
		return "", err
	}
	return a.ID, nil
}

// htmlStarts are the beginnings (lower case, after white space and a byte
// order mark) of a text taken for an HTML page.
var htmlStarts = []string{"<!doctype html", "<html", "<head", "<body", "<!--"}

// looksLikeHTML reports whether data starts as an HTML page does.
func looksLikeHTML(data []byte) bool {
	data = bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), " \t\r\n")
	head := strings.ToLower(string(data[:min(len(data), 16)]))
	for _, s := range htmlStarts {
		if strings.HasPrefix(head, s) {
			return true
		}
	}
	return false
}
