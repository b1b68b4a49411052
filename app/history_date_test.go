package app

import (
	"strings"
	"testing"
)

// TestHistoryClaimDateAsDate: a claim date typed in the editor shows in
// the claim's history as the window writes dates ("05.12.2026" in German,
// 2026-12-05 in English); it showed the stored form
// "2026-12-05T00:00:00Z" (walk26).
func TestHistoryClaimDateAsDate(t *testing.T) {
	for _, tc := range []struct{ language, typed, want string }{
		{"de", "05.12.2026", "Datum der Behauptung: — → 05.12.2026"},
		{"en", "2026-12-05", "claim date: — → 2026-12-05"},
	} {
		t.Run(tc.language, func(t *testing.T) {
			f := newScenario(t)
			if tc.language == "de" {
				f.do(func() { f.u.setLanguage("de") })
				t.Cleanup(func() { switchLanguage("") })
				f.s = f.u.shell
			}
			c := f.addClaim("Die Stadt zahlte 2025 genau 4 Millionen Euro.")
			f.do(func() { f.u.openClaim(c.ID) })
			e := f.s.claims.editor
			f.do(func() { e.date.SetText(tc.typed) })
			f.do(func() { e.save.OnTapped() })
			f.do(func() { e.history.show(c.ID) })
			lines := strings.Join(e.history.lines(), "\n")
			if !strings.Contains(lines, tc.want) || strings.Contains(lines, "T00:00:00Z") {
				t.Errorf("history lacks %q:\n%s", tc.want, lines)
			}
		})
	}
}
