package extract

import "testing"

// TestPostNominalEN checks (invented sentences) that post-nominal
// letters after a name are no part of the claimant, and that a later
// "Ms Surname" names the person.
func TestPostNominalEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Ann Lorrimer KC told the jury the firm was paid £40,000.":                                                "Ann Lorrimer",
		"Ann Lorrimer KC told the jury the firm was paid £40,000. Ms Lorrimer said the money was never returned.": "Ann Lorrimer",
		"Secretary of State for Roads, the Rt Hon Owen Tarrant MP, said:\n\n\"The depot closed in May.\"":         "Owen Tarrant",
		"Owen Tarrant MP said the depot closed in May. Mr Tarrant said 40 drivers lost their jobs.":               "Owen Tarrant",
	})
}
