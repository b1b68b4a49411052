package extract

import "testing"

// TestCommaReportDE checks that a verb of reporting that needs no
// preposition or particle after a comma ("…, verspricht der Senat.",
// "…, versprach das Verkehrsministerium.") names the body after it, and
// that after an apposition's comma the verb's object is no claimant.
func TestCommaReportDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Mieten in Halmstett sollen bis 2028 um zehn Prozent sinken, verspricht der Senat.":                                "Senat",
		"Die Fähre fährt ab Mai wieder stündlich, versprach das Verkehrsministerium.":                                          "Verkehrsministerium",
		"Anna Kessing, die Premierministerin des Bundesstaates Halmstett, erwog unterdessen die Unterbrechung des Wahlkampfs.": "Anna Kessing",
	})
}
