package extract

import "testing"

// TestDocumentIssuerEN checks the issuer of a document phrase read as the
// subject after a verb of saying.
func TestDocumentIssuerEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"“Neither email involves the mayor,” said a statement from the Harbor Port Authority.": "Harbor Port Authority",
	})
	for who, want := range map[string]string{
		"a statement from the Harbor Port Authority":   "Harbor Port Authority",
		"an emailed statement from spokesman Tom Bell": "Tom Bell",
		"a report by Harbor Analytics":                 "Harbor Analytics",
		"a man from Harbor City":                       "a man from Harbor City",
		"the statement from them":                      "the statement from them",
	} {
		if got := documentIssuerEN(who); got != want {
			t.Errorf("documentIssuerEN(%q) = %q, want %q", who, got, want)
		}
	}
}
