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
