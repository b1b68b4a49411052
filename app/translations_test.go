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
		m := map[string]any{}
		for _, part := range []string{"shell", "editors"} {
			data, err := assets.Translations.ReadFile("translations/" + part + "." + lang + ".json")
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(data, &m); err != nil {
				t.Fatalf("%s.%s.json: %v", part, lang, err)
			}
		}
		for k := range keys {
			if _, ok := m[k]; !ok {
				t.Errorf("shell.%s.json and editors.%[1]s.json lack %q", lang, k)
			}
		}
	}
}

// TestTranslationFilesHaveNoDuplicateKeys checks that no translation file
// names a key twice: JSON keeps the last one silently, so a merge that
// brings back an old translation would win without a word.
func TestTranslationFilesHaveNoDuplicateKeys(t *testing.T) {
	names, err := assets.Translations.ReadDir("translations")
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		data, err := assets.Translations.ReadFile("translations/" + n.Name())
		if err != nil {
			t.Fatal(err)
		}
		dec := json.NewDecoder(strings.NewReader(string(data)))
		seen := map[string]bool{}
		depth := 0
		for {
			tok, err := dec.Token()
			if err != nil {
				break
			}
			switch v := tok.(type) {
			case json.Delim:
				if v == '{' || v == '[' {
					depth++
				} else {
					depth--
				}
			case string:
				if depth == 1 {
					// keys and values alternate at depth 1; a key is
					// followed by its value, read here and skipped.
					if seen[v] {
						t.Errorf("%s names %q twice", n.Name(), v)
					}
					seen[v] = true
					if err := skipValue(dec); err != nil {
						t.Fatalf("%s: %v", n.Name(), err)
					}
				}
			}
		}
	}
}

// skipValue reads one JSON value (a string, or an object of plural forms).
func skipValue(dec *json.Decoder) error {
	var v json.RawMessage
	return dec.Decode(&v)
}
