package extract

import "testing"

// TestInDocumentSpeakerEN checks a unit that opens by naming the document
// its subject issued: the subject is the claimant, also with a verb that
// is no verb of saying; the same unit without the opening names nobody.
func TestInDocumentSpeakerEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Rents rose again.\n\nIn a two-page statement, Dara Quill listed 40 repairs the landlord had skipped.":                     "Dara Quill",
		"Marsh Hollow Clinics said it would hire nurses.\n\nIn its annual report, the company counted 9,200 patients at 32 sites.": "Marsh Hollow Clinics",
		"Rents rose again.\n\nDara Quill listed 40 repairs the landlord had skipped.":                                              "",
		"Marsh Hollow Clinics said it would hire nurses.\n\nIn the end, the company counted 9,200 patients at 32 sites.":           "",
	})
}
