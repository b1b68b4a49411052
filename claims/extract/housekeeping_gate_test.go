package extract

import (
	"strings"
	"testing"
)

// TestHkMayOpen checks the gate of the word rules: every line of one to
// three words (or a byline's opening) of a page's furniture that hkWordRules takes passes
// hkMayOpen (else the gate would change an answer), and ordinary invented
// sentences do not (else it would save nothing).
func TestHkMayOpen(t *testing.T) {
	words := []string{"©", "©2026", "2026", "Copyright", "(c)", "Von", "von", "By", "Text:", "Written", "Posted",
		"Reported", "by", "Ein", "EINE", "Artikel", "Analyse", "Ann", "Lee", "Stand:", "Updated", "updated:",
		"Zuletzt", "aktualisiert", "Last", "Lesezeit", "14:32", "05.12.2026", "Uhr", "am", "3", "hours", "ago",
		"Montag", "März", "Dec.", "GMT", "CET", "AM", "42", "(17)", "Kommentare", "comments", "Email", "E-Mail:",
		"Tel.", "Kontakt", "Phone", "desk@pellow.example", "+49-421-5550173", "|", "–", "-", "(", "Der", "sagte",
		"Written by", "Posted by", "Reported by", "Ein Artikel von", "eine Analyse von"} // a slot of some words
	took, passed := 0, 0
	for _, a := range words {
		for _, b := range append([]string{""}, words...) {
			for _, c := range append([]string{""}, words...) {
				line := strings.TrimSpace(strings.Join([]string{a, b, c}, " "))
				if hkWordRules(line, strings.Fields(line)) == "" {
					continue
				}
				took++
				if hkMayOpen(line) {
					passed++
				} else if took-passed <= 10 {
					t.Errorf("%q: rule %q, but hkMayOpen is false", line, hkWordRules(line, strings.Fields(line)))
				}
			}
		}
	}
	if took == 0 || passed != took {
		t.Errorf("%d of %d lines the word rules take pass the gate", passed, took)
	}
	for _, s := range []string{"Die Stadt Holmbach hat im Oktober 1.240 neue Parkausweise ausgegeben.",
		"Ordnungsamtsleiter Bernd Kolbe sagte, die Einnahmen seien gestiegen.",
		"The ferry operator said it would cut the winter timetable.", "„Wir sind zufrieden“, sagte sie."} {
		if hkMayOpen(s) {
			t.Errorf("%q: hkMayOpen is true for an ordinary sentence", s)
		}
	}
}
