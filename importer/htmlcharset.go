package importer

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

// charsetScan is how much of the start of an HTML page is searched for a
// declared character set, as browsers do (the HTML standard's prescan).
const charsetScan = 1024

// decodeDeclaredCharset converts an HTML page that is not UTF-8 but
// declares another character set in its <meta> tag (pages of older news
// sites saved as ISO-8859-1 or windows-1252) to UTF-8. Anything else —
// UTF-8 already, no declaration, a declared UTF-8 the bytes break, an
// unknown name — is returned unchanged, for DecodeText to accept or
// refuse.
func decodeDeclaredCharset(data []byte) []byte {
	if utf8.Valid(data) || bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		return data
	}
	head := bytes.ToLower(data[:min(len(data), charsetScan)])
	if !bytes.Contains(head, []byte("charset")) {
		return data
	}
	enc, name, _ := charset.DetermineEncoding(data, "")
	if enc == nil || name == "utf-8" {
		return data
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return data
	}
	return out
}
