package app

import (
	"strings"
	"testing"

	"claimdesk/claims"
)

// TestPasteInvisibleText: a paste of only zero-width and format
// characters (a web page's leftovers) was refused as "An article needs a
// title."; it is "no text to import", like an empty paste. A paste whose
// first line is such a character takes its title from the next line.
func TestPasteInvisibleText(t *testing.T) {
	f := newReaderFixture(t)
	f.v.onPaste()
	d := f.v.paste
	var err error
	f.ui(func() {
		d.text.SetText("\u200b\u00ad\n\ufeff")
		_, err = d.article()
	})
	if claims.ErrorCode(err) != claims.EINVALID || !strings.Contains(claims.ErrorMessage(err), "no text to import") {
		t.Fatalf("invisible paste: %v", err)
	}
	var a *claims.Article
	f.ui(func() {
		d.text.SetText("\u200b\nDer Rat tagte am Montag.")
		a, err = d.article()
	})
	if err != nil || a.Title != "Der Rat tagte am Montag." {
		t.Fatalf("title %v, %v", a, err)
	}
}
