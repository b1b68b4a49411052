// Package opener decides what the window may hand to the system's opener
// (xdg-open and the like): which link addresses, and under which file name
// a snapshot copy is opened. It imports no GUI toolkit, so the tests of
// hostile input can use it too.
package opener

import (
	"net/url"
	"path/filepath"
	"strings"
	"unicode"
)

// Link returns the address raw as a URL the system opener may be given:
// http and https with a host, and mailto with an address. Everything else
// (file:, data:, javascript:, vbscript:, custom schemes, relative paths) is
// nil and is shown as plain text only: such addresses arrive in colleagues'
// bundles and must not start programs or open local files.
func Link(raw string) *url.URL {
	raw = strings.TrimSpace(raw)
	if raw == "" || strings.IndexFunc(raw, unicode.IsControl) >= 0 {
		return nil
	}
	u, err := url.Parse(raw)
	if err != nil {
		return nil
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		if u.Host == "" || u.User != nil {
			return nil
		}
	case "mailto":
		if u.Opaque == "" || !strings.Contains(u.Opaque, "@") {
			return nil
		}
	default:
		return nil
	}
	return u
}

// snapshotExts are the file extensions a snapshot keeps when it is handed
// to the system's viewer: documents and images that open in a viewer, not
// in a program that runs their content.
var snapshotExts = map[string]bool{
	".pdf": true, ".png": true, ".jpg": true, ".jpeg": true, ".gif": true, ".webp": true,
	".bmp": true, ".tif": true, ".tiff": true, ".txt": true, ".csv": true, ".md": true,
	".html": true, ".htm": true, ".mhtml": true, ".json": true, ".rtf": true,
	".docx": true, ".xlsx": true, ".pptx": true, ".odt": true, ".ods": true, ".odp": true,
	".mp3": true, ".mp4": true, ".m4a": true, ".ogg": true, ".wav": true, ".webm": true,
}

// SnapshotName is the name of the temporary copy of a snapshot named
// name: letters, digits, spaces, '-' and '_' of its stem (other characters,
// inner dots included, become '_'), and its extension only when it is in
// snapshotExts, else ".txt", so that "Rechnung.pdf.desktop" opens as
// "Rechnung_pdf.txt" in a text viewer and is never run as a launcher.
// fallback names a snapshot whose stem is empty.
func SnapshotName(name, fallback string) string {
	name = filepath.Base(strings.ReplaceAll(name, "\\", "/"))
	ext := strings.ToLower(filepath.Ext(name))
	stem := strings.TrimSuffix(name, filepath.Ext(name))
	if !snapshotExts[ext] {
		ext = ".txt"
	}
	stem = strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == ' ' || r == '-' || r == '_' {
			return r
		}
		return '_'
	}, stem)
	stem = strings.Trim(stem, " _")
	if r := []rune(stem); len(r) > 80 {
		stem = string(r[:80])
	}
	if stem == "" {
		stem = fallback
	}
	return stem + ext
}
