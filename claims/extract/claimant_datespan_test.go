package extract

import (
	"strings"
	"testing"
)

// dateSpanWordPlain is dateSpanWord by its plain definition: each look-up
// lowers the word itself.
func dateSpanWordPlain(w string, date, placed *bool) bool {
	lexTablesOnce.Do(buildLexTables)
	low := strings.ToLower(w)
	switch c := lexTabDE.get(low) | lexTabEN.get(low); {
	case dayNumber(w) || dateModifierWord(w):
		*placed = true
		return true
	case timeCompoundDE(w):
		*date, *placed = true, true
		return true
	case c&(cMonth|cWeekday|cTimeNoun) != 0:
		*date = true
		return true
	case c&cRelDate != 0:
		return true
	}
	return false
}

// TestDateSpanWord checks that dateSpanWord, which lowers a word once for
// its look-ups, and wordCategory answer as their plain definitions do: on
// the modifiers, compounds of the points of time, date words, names,
// numbers, words of other scripts and of every length around the buffers'
// (16 and 32 bytes), each as written, capitalised and in capitals.
func TestDateSpanWord(t *testing.T) {
	words := []string{"", "5.", "12,", "123", "1.", "Jan", "Sommer", "Roth", "April", "Dienstag", "Woche",
		"Monat", "year", "yesterday", "bislang", "Monatsende", "Jahresbeginn", "Wochenmitte", "Tagesanfang",
		"Vorsitzende", "ende", "Ärzte", "Frühjahr", "İlkay", "Ⱥndrea", "Kelvin", "Straße",
		strings.Repeat("a", 16), strings.Repeat("a", 17), strings.Repeat("Ä", 16), strings.Repeat("b", 32),
		strings.Repeat("b", 33), "Jahres" + strings.Repeat("x", 22) + "ende", "Jahres" + strings.Repeat("x", 23) + "ende",
		strings.Repeat("Ⱥ", 16), strings.Repeat("Ⱥ", 11) + "ende"}
	for m := range dateModifiers {
		words = append(words, m, "früh"+m)
	}
	for _, h := range timePointsDE {
		words = append(words, "monats"+h, "jahres"+h, "wochen"+h, "tages"+h, h)
	}
	for _, w := range words {
		for _, v := range []string{w, strings.ToUpper(w), upperFirstOf(w)} {
			var d1, p1, d2, p2 bool
			got, want := dateSpanWord(v, &d1, &p1), dateSpanWordPlain(v, &d2, &p2)
			if got != want || d1 != d2 || p1 != p2 {
				t.Errorf("dateSpanWord(%q) = %v (date %v, placed %v), want %v (%v, %v)", v, got, d1, p1, want, d2, p2)
			}
			low := strings.ToLower(v)
			if got, want := wordCategory(v), lexTabDE.get(low)|lexTabEN.get(low); got != want {
				t.Errorf("wordCategory(%q) = %v, want %v", v, got, want)
			}
		}
	}
}

// upperFirstOf returns w with its first rune in upper case.
func upperFirstOf(w string) string {
	for i := range w {
		if i > 0 {
			return strings.ToUpper(w[:i]) + w[i:]
		}
	}
	return strings.ToUpper(w)
}
