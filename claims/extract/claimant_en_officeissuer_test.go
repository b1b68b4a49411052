package extract

import "testing"

// TestOfficeIssuerEN checks that a document's issuer written in lower case
// and ending in a public office that reports ("state auditor", "county
// comptroller", "inspector general") is the claimant, and that a noun of
// no such office after "by the" is not ("a report by the local farmer").
func TestOfficeIssuerEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Roads got worse. A report by the state auditor found that the Varrow agency overspent by $4 million.":     "state auditor",
		"Roads got worse. An audit report by the county comptroller showed that 40 bridges in Varrow were unsafe.": "county comptroller",
		"Roads got worse. A report by the inspector general found that the Varrow agency overspent by $4 million.": "inspector general",
		"Roads got worse. A report by the local farmer found that the Varrow agency overspent by $4 million.":      "",
	})
}
