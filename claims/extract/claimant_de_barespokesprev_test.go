package extract

import "testing"

// TestBareSpokesPrevBodyDE checks that a bare "Sprecherin" right after a
// unit whose claimant is a body speaks for that body, not for a body the
// text named in full earlier, and that without such a unit it keeps the
// body named before.
func TestBareSpokesPrevBodyDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Regierung Lorvaniens verhängte eine Ausgangssperre. Das Auswärtige Amt rief zur Zurückhaltung auf. Eine Sprecherin sagte, 2.300 Deutsche seien registriert.": "Auswärtiges Amt",
		"Die Regierung Lorvaniens verhängte eine Ausgangssperre. Eine Sprecherin sagte, 40 Menschen seien festgenommen worden.":                                           "Regierung Lorvaniens",
	})
}
