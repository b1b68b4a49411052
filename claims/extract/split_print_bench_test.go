package extract

import (
	"strings"
	"testing"
)

// BenchmarkPrintCleanPlain measures what printClean costs Extract on 10 MB
// of ordinary news text (a heading and one paragraph a line, invented),
// where it changes nothing.
func BenchmarkPrintCleanPlain(b *testing.B) {
	para := "Streit um neue Buslinie\n\n" + strings.Repeat("Der Kreistag hat am Montag die umstrittene neue Buslinie mit knapper Mehrheit beschlossen. ", 8) + "\n\n"
	text := strings.Repeat(para, 10<<20/len(para))
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for range b.N {
		if _, m := printClean(text, true); m != nil {
			b.Fatal("a plain text changed")
		}
	}
}

// BenchmarkPrintCleanHyphens measures printClean on 10 MB of text copied
// from print (lines of a column, words cut at their ends, a compound's own
// hyphen among them; invented), where the words cut at a line end are
// looked up in the whole text (split_hyphen.go).
func BenchmarkPrintCleanHyphens(b *testing.B) {
	para := "The county board approved a two-year trial of self-\ndriving buses on Tuesday. The state govern-\nment said the long-term cost of the long-\nterm trial is $3.4 million, the board's well-\nknown budget chief said on Tues-\nday.\n\n"
	text := strings.Repeat(para, 10<<20/len(para))
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for range b.N {
		if _, m := printClean(text, true); m == nil {
			b.Fatal("nothing changed")
		}
	}
}
