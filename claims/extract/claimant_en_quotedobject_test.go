package extract

import "testing"

// TestNameBeforeQuoteNotInvertedEN checks that a name after "said" and
// before an opening quotation mark is the subject of the reported clause,
// not an inverted speaker, while "…,” said Brook." keeps Brook.
func TestNameBeforeQuoteNotInvertedEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Senator Ada Brook spoke at the fair. Tom Redfeather, 58, who farms near Alder Creek, said Brook “did fine” in her speech.": "Tom Redfeather",
		"Senator Ada Brook spoke at the fair. Tom Redfeather, 58, said Brook “did fine” in her speech.":                             "Tom Redfeather",
		"Senator Ada Brook spoke at the fair. “We did fine,” said Brook.":                                                           "Ada Brook",
		"Senator Ada Brook spoke at the fair. “We did fine,” said Brook, “and we will do better.”":                                  "Ada Brook",
	})
}
