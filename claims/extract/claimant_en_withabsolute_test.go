package extract

import "testing"

// TestWithAbsoluteEN checks (invented news) that "with no injuries
// reported" names no speaker, while a speaker named beside it stays.
func TestWithAbsoluteEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"A fire broke out at the harbour warehouse on Monday night, with no injuries reported.":        "",
		"The bridge collapsed just after midnight, with two deaths reported so far.":                   "",
		"The bridge collapsed just after midnight, with two deaths reported, the harbour police said.": "harbour police",
		"Tom Alder, with his lawyer beside him, said the bridge had been closed for a year.":           "Tom Alder",
	})
}
