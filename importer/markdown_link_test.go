package importer_test

import (
	"testing"

	"claimdesk/importer"
)

// A link whose address holds parentheses leaves only its text.
func TestMarkdownLinkWithParentheses(t *testing.T) {
	for in, want := range map[string]string{
		"Laut [Wikipedia](https://de.wikipedia.org/wiki/Merkur_(Planet)) ist er klein.": "Laut Wikipedia ist er klein.",
		"Siehe [Bericht](<https://example.org/a (b)>) und mehr.":                        "Siehe Bericht und mehr.",
		"Ein [Link](https://example.org/x \"Titel (alt)\") hier.":                       "Ein Link hier.",
		"Bild ![Karte](https://example.org/k_(1).png) dort.":                            "Bild Karte dort.",
		"Klammer (siehe [Quelle](https://example.org/q)) bleibt.":                       "Klammer (siehe Quelle) bleibt.",
	} {
		a, err := importer.ReadArticle("a.md", []byte(in))
		if err != nil {
			t.Fatal(err)
		}
		if a.Body != want {
			t.Errorf("%q\n got %q\nwant %q", in, a.Body, want)
		}
	}
}
