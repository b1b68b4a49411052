package extract

import "testing"

// TestPerfectReportDE checks the perfect of separable verbs of reporting
// with a known person as subject, and that a thing as subject names
// nobody.
func TestPerfectReportDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Ilka Brenner hatte dies auf einer Versammlung bekannt gegeben.":     "Ilka Brenner",
		"Olaf Wiesner hat mehrfach hervorgehoben, dass der Damm marode ist.": "Olaf Wiesner",
		"Zuvor hatte Olaf Wiesner die Kosten hervorgehoben.":                 "Olaf Wiesner",
		"Der Bericht hat mehrfach hervorgehoben, dass der Damm marode ist.":  "",
	})
}
