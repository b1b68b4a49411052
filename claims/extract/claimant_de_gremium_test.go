package extract

import (
	"strings"
	"testing"
)

// TestGremiumDE checks that "das Gremium" is the council or committee the
// text last named, in the nominative, and that an office in -rat or a
// council with a name after it is not taken for one.
func TestGremiumDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Ministerin bat den Europäischen Nordseerat um ein Gutachten. Das Gremium empfahl am Freitag, die Fangquote zu senken.":                      "Europäischer Nordseerat",
		"Der Landesjugendausschuss tagte in Mellrich. Das siebenköpfige Gremium empfahl, die Zuschüsse zu verdoppeln.":                                   "Landesjugendausschuss",
		"Die Ministerin bat den Europäischen Nordseerat um ein Gutachten. Der Nordseerat tagte am Montag. Das Gremium empfahl, die Fangquote zu senken.": "Europäischer Nordseerat",
		"Die Sitzung leitete Landrat Jan Roth. Das Gremium empfahl am Freitag, die Fangquote zu senken.":                                                 "Gremium",
	})
}

// TestCouncilEndDEFold compares councilEndDE, which tests the last byte
// first, with the four case-folded comparisons alone, on invented words:
// every head in every mix of cases, every byte at each of its last three,
// and endings with
// letters that fold to ASCII ones from other bytes (long s, Kelvin sign).
func TestCouncilEndDEFold(t *testing.T) {
	slow := func(w string) bool {
		if len(w) < 7 {
			return false
		}
		e := w[len(w)-3:]
		return strings.EqualFold(e, "rat") || strings.EqualFold(e, "uss") || strings.EqualFold(e, "tee") || strings.EqualFold(e, "ion")
	}
	var words []string
	for _, stem := range []string{"Nordsee", "Talb", "Jugendwe", "ÖLBERGÄ"} {
		for _, head := range []string{"rat", "uss", "tee", "ion", "ſſ", "uſ", "raK", "ra\u212a", "ßt", "éon", "ssion"} {
			for mask := 0; mask < 8; mask++ {
				b := []byte(head)
				for i := 0; i < len(b) && i < 3; i++ {
					if mask&(1<<i) != 0 && b[i] >= 'a' && b[i] <= 'z' {
						b[i] -= 'a' - 'A'
					}
				}
				words = append(words, stem+string(b))
			}
			for c := 0; c < 256; c++ {
				for i := 1; i <= 3 && i <= len(head); i++ {
					b := []byte(head)
					b[len(b)-i] = byte(c)
					words = append(words, stem+string(b))
				}
			}
		}
	}
	for _, w := range words {
		if got, want := councilEndDE(w), slow(w); got != want {
			t.Errorf("councilEndDE(%q) = %v, want %v", w, got, want)
		}
	}
}
