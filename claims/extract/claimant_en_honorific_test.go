package extract

import "testing"

// TestHonorificFirstNameEN checks that "Sir" or "Dame" with a first name
// alone resolves to the knight or dame the text named in full.
func TestHonorificFirstNameEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Sir Edmund Carrow, the former trade secretary, said the deal was poor. In an interview on Friday, Sir Edmund said exporters would lose out.": "Sir Edmund Carrow",
		"Dame Hilda Marsh, who runs the charity, said the grant was late. Speaking on Monday, Dame Hilda said the delay had cost jobs.":               "Dame Hilda Marsh",
	})
}
