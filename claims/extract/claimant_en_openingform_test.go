package extract

import "testing"

// TestOpeningFormEN checks that an adverb or participle opening the
// sentence before a verb of saying is no speaker, while a surname of that
// form the text knows still is.
func TestOpeningFormEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Newly confirmed Harbor Commissioner Dana Ruiz laid out a plan to dredge the channel.": "",
		"Polling suggests that most voters in the county back the levy.":                       "",
		"Gov. Tess Manning took office in May. Manning said the levy would pass.":              "Tess Manning",
	})
}
