package app

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"claimdesk/assets"
)

// shellKeyPatterns find the English keys the shell's files pass to lang.
var shellKeyPatterns = []*regexp.Regexp{
	regexp.MustCompile(`lang\.(?:L|LocalizePlural)\(("(?:[^"\\]|\\.)*")`),
	regexp.MustCompile(`(?:showError|showErrorThen|showInfo)\(("(?:[^"\\]|\\.)*")`),
	regexp.MustCompile(`showInfo\("(?:[^"\\]|\\.)*", ("(?:[^"\\]|\\.)*")`),
	regexp.MustCompile(`item\(("(?:[^"\\]|\\.)*")`),
	regexp.MustCompile(`\{fyne\.Key\w+, ("(?:[^"\\]|\\.)*")`),
}

// TestShellTranslations checks that every key the shell's files use has an
// English and a German entry in shell.en.json and shell.de.json.
func TestShellTranslations(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	keys := map[string]bool{}
	for _, f := range files {
		base := filepath.Base(f)
		if strings.HasSuffix(base, "_test.go") || strings.HasPrefix(base, "reader") ||
			strings.HasPrefix(base, "import") || strings.HasPrefix(base, "articles") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, re := range shellKeyPatterns {
			for _, m := range re.FindAllSubmatch(src, -1) {
				k, err := strconv.Unquote(string(m[1]))
				if err != nil {
					t.Fatalf("%s: %v", f, err)
				}
				keys[k] = true
			}
		}
	}
	if len(keys) < 150 {
		t.Fatalf("only %d keys found; the patterns are out of date", len(keys))
	}
	for _, lang := range []string{"en", "de"} {
		data, err := assets.Translations.ReadFile("translations/shell." + lang + ".json")
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		if err := json.Unmarshal(data, &m); err != nil {
			t.Fatalf("shell.%s.json: %v", lang, err)
		}
		for k := range keys {
			if _, ok := m[k]; !ok {
				t.Errorf("shell.%s.json lacks %q", lang, k)
			}
		}
	}
}
