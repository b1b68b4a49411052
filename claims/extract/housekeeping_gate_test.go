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

// hkGateWords are words, marks and broken bytes for the gate's fast paths:
// the openers in several cases and brackets, the Kelvin sign and the long
// s that strings.EqualFold folds with "k" and "s", separators around words.
var hkGateWords = []string{"", "e", "E", "ein", "Ein", "EIN", "eIn", "eine", "Eine", "EINE", "einer", "Einer",
	"©", "©2026", "(c)", "(C)", "Copyright", "copyright", "Kommentare", "(Kommentare)", "kommentare)", ")Kommentare(",
	"\u212aommentare", "(\u212aOMMENTARE)", "comments", "Comments", "(comments)", "COMMENTS", "comment\u017fs",
	"commentſ", "(17)", "Der", "Die", "The", "„Ein", "»Ein", "–", "—", "-", "·", "|", ",", "(", ")", "()",
	"–Ein–", "-Stand-", "(Montag)", "Montag,", "März", "2026", "14:32", "Uhr–", "·Stand", "\xe2", "\xe2\x80",
	"a\xff", "\xffb", "Ärzte", "Über", "ÜBER", "Kiel|", "|Kiel", "x·", "·x", "k", "K", "c", "C"}

// TestHkOpensLine checks hkOpensLine against its plain definition (without
// the first-byte test) on hkGateWords and on each of them after every
// byte (fails with the Kelvin sign's byte or a closing bracket left out of
// hkOpenerFirst: tried).
func TestHkOpensLine(t *testing.T) {
	plain := func(w string) bool {
		if strings.EqualFold(w, "ein") || strings.EqualFold(w, "eine") {
			return true
		}
		if strings.HasPrefix(w, "©") || w == "Copyright" || w == "(c)" {
			return true
		}
		n := strings.Trim(w, "()")
		return strings.EqualFold(n, "kommentare") || strings.EqualFold(n, "comments")
	}
	for _, w := range hkGateWords {
		for b := range 256 {
			for _, v := range []string{w, string(rune(b)) + w, string([]byte{byte(b)}) + w} {
				if got, want := hkOpensLine(v), plain(v); got != want {
					t.Errorf("hkOpensLine(%q) = %v, want %v", v, got, want)
				}
			}
		}
	}
}

// TestHkTrimSeparators checks hkTrimSeparators against strings.Trim on
// hkGateWords, each also with every byte and every separator before and
// after it (fails when the last byte is not asked: tried).
func TestHkTrimSeparators(t *testing.T) {
	ends := []string{""}
	for b := range 256 {
		ends = append(ends, string([]byte{byte(b)}))
	}
	for _, r := range hkSeparators {
		ends = append(ends, string(r))
	}
	for _, w := range hkGateWords {
		for _, a := range ends {
			for _, v := range []string{a + w, w + a, a + w + a} {
				if got, want := hkTrimSeparators(v), strings.Trim(v, hkSeparators); got != want {
					t.Errorf("hkTrimSeparators(%q) = %q, want %q", v, got, want)
				}
			}
		}
	}
}
