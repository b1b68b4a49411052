package app

import (
	"bytes"
	"log"
	"os"
	"strings"
	"testing"

	"claimdesk/claims"
)

// TestErrorDetailNoTranslationOfVerbs: a message made of a verb alone
// ("%s" around a text translated already, as the export's "could not be
// opened" hint) is shown as it is, without asking the translations for
// "%s": each time it logged "Translation failure: message "%s" not found
// in language "de"" (desk36's German walk, Export finished → Öffnen).
func TestErrorDetailNoTranslationOfVerbs(t *testing.T) {
	switchLanguage("de")
	t.Cleanup(func() { switchLanguage("") })
	var logs bytes.Buffer
	log.SetOutput(&logs)
	t.Cleanup(func() { log.SetOutput(os.Stderr) })
	got := errorDetail(claims.Errorf(claims.EINVALID, "%s", "Das System hat es nicht geöffnet."))
	if got != "Das System hat es nicht geöffnet." {
		t.Errorf("errorDetail = %q", got)
	}
	if strings.Contains(logs.String(), "Translation failure") {
		t.Errorf("a translation was looked up for a verb alone:\n%s", logs.String())
	}
	for f, want := range map[string]bool{"%s": false, "%s: %v": false, "%5.1f %%": false, "%s is not a number": true, "Datei %q": true} {
		if hasWords(f) != want {
			t.Errorf("hasWords(%q) = %v, want %v", f, !want, want)
		}
	}
}
