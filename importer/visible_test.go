package importer_test

import (
	"strings"
	"testing"

	"claimdesk/claims"
	"claimdesk/importer"
)

// TestInvisibleText checks that a file of only zero-width, format and
// space characters (as a web page leaves them) is "no readable text", and
// that such a first line does not become the title: a file starting with
// a zero-width space was refused with "An article needs a title." and a
// file of a soft hyphen and byte order marks was stored with an invisible
// title and body.
func TestInvisibleText(t *testing.T) {
	for name, in := range map[string]string{
		"zwsp.txt":   "\u200b\n",
		"utf16.txt":  "\xff\xfe\x0b\x20",
		"shy.md":     "\u00ad\ufeff\ufeff",
		"marks.html": "<p>\u200e\u200f\u2060 \u00a0</p>",
	} {
		_, err := importer.ReadArticle(name, []byte(in))
		if claims.ErrorCode(err) != claims.EINVALID || !strings.Contains(claims.ErrorMessage(err), "no readable text") {
			t.Errorf("%s: %v, want EINVALID: no readable text", name, err)
		}
	}
	a, err := importer.ReadArticle("erste.txt", []byte("\u200b\n\u00ad\nDer Rat tagte am Montag.\n"))
	if err != nil || a.Title != "Der Rat tagte am Montag." {
		t.Fatalf("title %q, %v; want the first visible line", a.Title, err)
	}
	a, err = importer.ReadArticle("titel.html", []byte("<title>\u200b</title><p>Der Rat tagte.</p>"))
	if err != nil || a.Title != "Der Rat tagte." {
		t.Fatalf("title %q, %v; want the first visible line", a.Title, err)
	}
	if got := importer.TitleFromText("\u200b\nDer Rat"); got != "Der Rat" {
		t.Errorf("TitleFromText = %q", got)
	}
}
