// Package importer turns article files (.txt, .md, .html/.htm) into
// claims.Article values with readable body text and whatever metadata the
// file carries (title, URL, publisher, language, an HTML page's date). It
// does no storage; the caller saves the article.
//
// It also reads files for both front ends the safe way (safefile.go): only
// an ordinary file, never a FIFO or a device, at most a given size
// (MaxArticleBytes, MaxSnapshotBytes), stopped by a context; article files,
// snapshots and bundles are all opened through it.
package importer

import (
	"bytes"
	"encoding/binary"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"claimdesk/claims"
)

// Extensions lists the file extensions ReadArticle understands.
var Extensions = []string{".txt", ".md", ".html", ".htm"}

// maxTitleRunes is the longest first line of a text file taken as its title.
const maxTitleRunes = 120

// Supported reports whether name has an extension ReadArticle understands.
func Supported(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	for _, e := range Extensions {
		if ext == e {
			return true
		}
	}
	return false
}

// ReadArticle reads the article in data, choosing the format by the
// extension of name (case-insensitive): .txt, .md, or .html/.htm. The result
// has Title, Body and, where the file says so, URL, Publisher, Language and
// PublishedAt (when the file declares no language, it is guessed with
// GuessLanguage; when it names no title, the title is
// TitleFromText(Body)); ID and timestamps are left to the storage backend.
// An HTML page in another character set its <meta> tag declares is
// converted to UTF-8 first. A file that is empty, binary or not UTF-8, or
// has no readable text, is EINVALID, and so is an unknown extension.
func ReadArticle(name string, data []byte) (*claims.Article, error) {
	base := filepath.Base(name)
	ext := strings.ToLower(filepath.Ext(base))
	if !Supported(base) {
		if ext == "" {
			return nil, claims.Errorf(claims.EINVALID, "%s has no file extension; Claimdesk imports .txt, .md, .html and .htm files.", base)
		}
		return nil, claims.Errorf(claims.EINVALID, "%s: %s files cannot be imported; Claimdesk imports .txt, .md, .html and .htm files.", base, ext)
	}
	return ReadArticleAs(base, ext, data)
}

// ReadArticleAs reads the article in data as ReadArticle does, in the
// format that ext names (one of Extensions, whatever name is), and names
// it name in its messages: for text that comes from no file, such as
// standard input ("standard input", ".html"). An unknown ext is EINVALID.
func ReadArticleAs(name, ext string, data []byte) (*claims.Article, error) {
	base := name
	ext = strings.ToLower(ext)
	if !Supported(ext) {
		return nil, claims.Errorf(claims.EINVALID, "%s: unknown format %q; use .txt, .md, .html or .htm.", name, ext)
	}
	if ext == ".html" || ext == ".htm" {
		data = decodeDeclaredCharset(data)
	}
	text, err := DecodeText(base, data)
	if err != nil {
		return nil, err
	}
	var a *claims.Article
	switch ext {
	case ".txt":
		a = readText(text)
	case ".md":
		a = readMarkdown(text)
	default:
		a, err = readHTML(text)
		if err != nil {
			return nil, htmlError(base, err)
		}
	}
	a.Body = strings.TrimSpace(a.Body)
	if !Visible(a.Body) {
		return nil, claims.Errorf(claims.EINVALID, "%s contains no readable text.", base)
	}
	a.Title = collapseSpace(a.Title)
	if !Visible(a.Title) {
		a.Title = TitleFromText(a.Body)
	}
	return a, nil
}

// TitleFromText is the title of a text that names none: its first line
// with a visible character (see Visible; a line of only a zero-width space
// gave an empty title, and the article could not be stored), shortened at
// a word boundary to at most maxTitleRunes runes (with "…"). A report's
// heading is the article title, so it should be words of the article,
// never the name of the file it came from.
func TitleFromText(body string) string {
	line := collapseSpace(firstVisibleLine(body))
	if utf8.RuneCountInString(line) <= maxTitleRunes {
		return line
	}
	s := string([]rune(line)[:maxTitleRunes])
	if i := strings.LastIndexByte(s, ' '); i > len(s)/2 {
		s = s[:i]
	}
	return strings.TrimRight(s, " ,;:-–") + "…"
}

// DecodeText checks that data is text and returns it as UTF-8 without a
// byte order mark and with Unix line ends. UTF-8 is read with or without a
// byte order mark, UTF-16 when it starts with one (as Windows editors save
// "Unicode" text). Empty, binary or otherwise invalid data is EINVALID with a
// message naming name.
func DecodeText(name string, data []byte) (string, error) {
	if u, ok, err := decodeUTF16(name, data); ok {
		if err != nil {
			return "", err
		}
		data = u
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(data)) == 0 {
		return "", claims.Errorf(claims.EINVALID, "%s is empty.", name)
	}
	if looksBinary(data) {
		return "", claims.Errorf(claims.EINVALID, "%s looks like a binary file, not text; Claimdesk imports .txt, .md, .html and .htm files.", name)
	}
	if !utf8.Valid(data) {
		line := 1 + bytes.Count(data[:firstInvalid(data)], []byte("\n"))
		return "", claims.Errorf(claims.EINVALID, "%s is not valid UTF-8 text (first bad byte on line %d); save it as UTF-8 and import it again.", name, line)
	}
	s := strings.ReplaceAll(string(data), "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n"), nil
}

// decodeUTF16 converts data to UTF-8 when it starts with a UTF-16 byte
// order mark (ok reports whether it did). An odd length or an unpaired
// surrogate is EINVALID.
func decodeUTF16(name string, data []byte) (out []byte, ok bool, err error) {
	var order binary.ByteOrder
	switch {
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}):
		order = binary.LittleEndian
	case bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		order = binary.BigEndian
	default:
		return nil, false, nil
	}
	data = data[2:]
	if len(data)%2 != 0 {
		return nil, true, claims.Errorf(claims.EINVALID, "%s starts like UTF-16 text but has an odd number of bytes; save it as UTF-8 and import it again.", name)
	}
	units := make([]uint16, len(data)/2)
	for i := range units {
		units[i] = order.Uint16(data[2*i:])
	}
	var b bytes.Buffer
	b.Grow(len(data))
	for i := 0; i < len(units); i++ {
		r := rune(units[i])
		if utf16.IsSurrogate(r) {
			if i+1 < len(units) {
				r = utf16.DecodeRune(r, rune(units[i+1]))
				i++
			} else {
				r = utf8.RuneError
			}
			if r == utf8.RuneError {
				return nil, true, claims.Errorf(claims.EINVALID, "%s is not valid UTF-16 text (a broken surrogate pair); save it as UTF-8 and import it again.", name)
			}
		}
		b.WriteRune(r)
	}
	return b.Bytes(), true, nil
}

// looksBinary reports whether data holds more NUL or other control bytes
// that text files do not contain than one per hundred bytes of its first
// 8 KiB plus one, or starts like a PDF, ZIP or image file.
// A stray NUL, as copied text sometimes holds, is no sign of a binary file:
// it refused the whole file when it came in the first 8 KiB, and was
// dropped (DropControls) after them.
func looksBinary(data []byte) bool {
	for _, magic := range []string{"%PDF-", "PK\x03\x04", "\x89PNG", "\xff\xd8\xff", "GIF8"} {
		if bytes.HasPrefix(data, []byte(magic)) {
			return true
		}
	}
	head := data[:min(len(data), 8192)]
	controls := 0
	for _, b := range head {
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' {
			controls++
		}
	}
	return controls > len(head)/100+1
}

// firstInvalid returns the offset of the first byte of data that is not
// valid UTF-8, or len(data).
func firstInvalid(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(data)
}

// readText reads a plain-text article. The first line is the title when it
// is short and does not end like a sentence; the body is the whole text
// with two columns side by side read apart (OneColumn) and trailing
// spaces removed.
func readText(s string) *claims.Article {
	lines := strings.Split(OneColumn(s), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRightFunc(l, unicode.IsSpace)
	}
	body := strings.Trim(strings.Join(lines, "\n"), "\n")
	body = collapseBlankLines(body)
	first, _, _ := strings.Cut(body, "\n")
	first = strings.TrimSpace(first)
	a := &claims.Article{Body: body, Language: GuessLanguage(body)}
	if isTitleLine(first) {
		a.Title = first
	}
	return a
}

// isTitleLine reports whether line looks like a headline rather than the
// first sentence of the text.
func isTitleLine(line string) bool {
	if line == "" || utf8.RuneCountInString(line) > maxTitleRunes {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	return !strings.ContainsRune(".,;:", last)
}

// collapseSpace replaces every run of white space (including no-break
// spaces) with one space and trims the ends.
func collapseSpace(s string) string {
	return strings.Join(strings.FieldsFunc(s, isSpace), " ")
}

// isSpace reports whether r is white space, a no-break space or a
// zero-width space.
func isSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' }

// collapseBlankLines reduces runs of blank lines to one.
func collapseBlankLines(s string) string {
	for strings.Contains(s, "\n\n\n") {
		s = strings.ReplaceAll(s, "\n\n\n", "\n\n")
	}
	return s
}
