package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/lang"
)

// Counts in messages group their thousands as the interface language does:
// "2.505 Behauptungen" in German (it said "2505 Behauptungen"), "2,505
// claims" in English; the plural form still follows the number.
func TestCountsGroupThousands(t *testing.T) {
	t.Cleanup(func() { switchLanguage("") })
	for _, c := range []struct {
		lang string
		n    int
		want string
	}{
		{"de", 2505, "2.505 Behauptungen"},
		{"de", 1, "1 Behauptung"},
		{"de", 1000000, "1.000.000 Behauptungen"},
		{"en", 2505, "2,505 claims"},
		{"en", 999, "999 claims"},
		{"en", -1200, "-1,200 claims"},
	} {
		switchLanguage(c.lang)
		got := lang.LocalizePlural("{{.Count}} claims", c.n, map[string]any{"Count": formatCount(c.n)})
		if got != c.want {
			t.Errorf("%s, %d: %q, want %q", c.lang, c.n, got, c.want)
		}
	}
}

// The search heading is one of the messages that counts: a large hit count
// is read at a glance.
func TestHitsTitleGroupsThousands(t *testing.T) {
	t.Cleanup(func() { switchLanguage("") })
	switchLanguage("de")
	if got := hitsTitle(12345, 200); !strings.HasPrefix(got, "12.345 Treffer") {
		t.Errorf("hitsTitle = %q, want it to start with 12.345 Treffer", got)
	}
	if got := hitsTitle(1500, 1500); got != "1.500 Treffer" {
		t.Errorf("hitsTitle = %q, want 1.500 Treffer", got)
	}
}
