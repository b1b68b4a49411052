// Package archive reads archives of earlier fact-checks into records for
// claims.ArchiveService: schema.org ClaimReview JSON-LD (one object, arrays,
// @graph, and the <script type="application/ld+json"> blocks of saved HTML
// pages), tables (TSV or CSV with text, title, verdict, claimant, date and
// URL columns) and Claimdesk bundles (their claims with verdicts).
//
// Every record of a file is either read whole or named in Malformed with the
// reason; nothing is half-read. Fields are reduced to plain text (markup,
// scripts and control characters removed) and bounded in length; a web
// address is kept as written (no entity decoded: "&para=2" stays), and a
// record whose address holds spaces or control characters is malformed.
package archive

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"path/filepath"
	"strings"
	"unicode"

	"claimdesk/claims"
)

// Format names a file format Parse understands.
type Format string

// The formats.
const (
	FormatJSONLD Format = "claimreview" // JSON-LD, or HTML with JSON-LD script blocks
	FormatTable  Format = "table"       // TSV or CSV
	FormatBundle Format = "bundle"      // a Claimdesk exchange bundle
)

// Limits of what one record may hold; longer records are malformed.
const (
	MaxTextLen  = 8000 // characters of claim text
	MaxFieldLen = 2000 // characters of any other field
	MaxFileSize = 1 << 30
)

// Parse reads data (the content of the file called fileName) as an archive
// named name ("" means the file name without extension). The format is
// taken from the content. Errors: EINVALID when the file is none of the
// formats or holds no record at all that could be read.
func Parse(name, fileName string, data []byte) (*claims.ArchiveImport, error) {
	if len(data) > MaxFileSize {
		return nil, claims.Errorf(claims.EINVALID, "%s is larger than 1 GiB; split it first.", fileName)
	}
	if name == "" {
		base := filepath.Base(fileName)
		name = strings.TrimSuffix(base, filepath.Ext(base))
	}
	sum := sha256.Sum256(data)
	imp := &claims.ArchiveImport{Name: name, Source: filepath.Base(fileName), SHA256: hex.EncodeToString(sum[:])}
	var err error
	switch Detect(data) {
	case FormatBundle:
		err = parseBundle(imp, data)
	case FormatJSONLD:
		err = parseJSONLD(imp, data)
	default:
		if err = notText(fileName, data); err == nil {
			err = parseTable(imp, data)
		}
	}
	if err != nil {
		return nil, err
	}
	if len(imp.Records) == 0 {
		return nil, claims.Errorf(claims.EINVALID, "%s holds no fact-check that could be read (%d malformed%s).",
			fileName, len(imp.Malformed), firstWhy(imp.Malformed))
	}
	if imp.Publisher == "" {
		imp.Publisher = commonPublisher(imp.Records)
	}
	return imp, nil
}

// firstWhy returns "; where: why" of the first malformed record, or "" when
// there is none.
func firstWhy(m []claims.Malformed) string {
	if len(m) == 0 {
		return ""
	}
	return "; " + m[0].Where + ": " + m[0].Why
}

// Detect tells the format of data from its first bytes.
func Detect(data []byte) Format {
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		return FormatBundle
	}
	t := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(t) > 0 && (t[0] == '{' || t[0] == '[' || t[0] == '<') {
		return FormatJSONLD
	}
	return FormatTable
}

// notText refuses, before it is read as a table, a file that is no text:
// one saved as UTF-16 (a spreadsheet's "Unicode text"), or one that looks
// binary (an image, a PDF, a database) by its first bytes or by NUL and
// other control bytes, which text never holds, among its first 8 KiB. Read
// as a table, such a file had "no text column". Text that is not UTF-8 is
// still read, as Windows-1252 (parseTable).
func notText(fileName string, data []byte) error {
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		return claims.Errorf(claims.EINVALID, "%s is UTF-16 text; save it as UTF-8 and import it again.", fileName)
	}
	for _, magic := range []string{"%PDF-", "\x89PNG", "\xff\xd8\xff", "GIF8", "SQLite format 3\x00", "\x1f\x8b"} {
		if bytes.HasPrefix(data, []byte(magic)) {
			return binaryFile(fileName)
		}
	}
	head := data[:min(len(data), 8192)]
	controls := 0
	for _, b := range head {
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' {
			controls++
		}
	}
	if controls > len(head)/100+1 {
		return binaryFile(fileName)
	}
	return nil
}

// binaryFile is the error of a file that is no text.
func binaryFile(fileName string) error {
	return claims.Errorf(claims.EINVALID, "%s looks like a binary file, not text, so it is no table; Claimdesk imports ClaimReview JSON-LD or HTML pages, TSV or CSV tables and Claimdesk bundles.", fileName)
}

// commonPublisher returns the publisher all records share, or "".
func commonPublisher(rs []*claims.ArchiveRecord) string {
	p := rs[0].Publisher
	for _, r := range rs[1:] {
		if r.Publisher != p {
			return ""
		}
	}
	return p
}

// keyOf returns a record's key: its URL, else a hash of its text and claimant.
func keyOf(r *claims.ArchiveRecord) string {
	if r.URL != "" {
		return r.URL
	}
	sum := sha256.Sum256([]byte(r.Text + "\x00" + r.Claimant))
	return "sha256:" + hex.EncodeToString(sum[:12])
}

// notInAddress reports the runes a web address never holds: white space
// and control characters. A record whose address holds one is malformed
// rather than stored with an address that cannot be opened or that breaks
// the line it is shown on.
func notInAddress(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }

// check completes a record (key, language) or says why it is malformed;
// the zero Phrase when it is not.
func check(r *claims.ArchiveRecord) claims.Phrase {
	switch {
	case r.Text == "":
		return claims.Phrasef("no claim text")
	case len([]rune(r.Text)) > MaxTextLen:
		return claims.Phrasef("claim text longer than 8,000 characters")
	}
	for _, f := range []string{r.Title, r.Verdict, r.Claimant, r.URL, r.Publisher, r.Key} {
		if len([]rune(f)) > MaxFieldLen {
			return claims.Phrasef("a field longer than 2,000 characters")
		}
	}
	if strings.IndexFunc(r.URL, notInAddress) >= 0 {
		return claims.Phrasef("the address holds spaces or control characters")
	}
	if r.Key == "" {
		r.Key = keyOf(r)
	}
	if r.Language == "" {
		r.Language = GuessLanguage(r.Text + " " + r.Title)
	}
	return claims.Phrase{}
}
