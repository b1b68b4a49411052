package extract

import "testing"

// TestLabelVerbEN checks the verbs of labelling after a name (its
// judgement) and their participle after a noun (no subject).
func TestLabelVerbEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Mayor Ann Lee labeled the visit “productive” because it helped.": "Ann Lee",
		"Ann Lee has branded the inquiry a sham.":                         "Ann Lee",
		"Harbor Watch deemed the statements false.":                       "Harbor Watch",
		"The files include 64 emails now deemed classified.":              "",
		"The guns are made by firms and labeled so they can be traced.":   "",
	})
}
