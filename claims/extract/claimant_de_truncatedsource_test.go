package extract

import "testing"

// TestTruncatedSourceDE checks a source after "nach Angaben"/"laut" that
// is a compound with its first part cut, also after an adjective the
// reader put in the nominative (the head then in the nominative too).
func TestTruncatedSourceDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Nach Angaben der Forst- und Jagdkammer Ulmental sind die Bestände gesunken.":             "Forst- und Jagdkammer Ulmental",
		"Laut der Forst- und Jagdkammer sind die Bestände gesunken.":                              "Forst- und Jagdkammer",
		"Laut Partei- und Staatschef Lu Wen ist die Lage stabil.":                                 "Lu Wen",
		"Nach Angaben der Jagdkammer Ulmental sind die Bestände gesunken.":                        "Jagdkammer Ulmental",
		"Nach Einschätzung des Deutschen Fliesen- und Plattenverbands sind die Preise gestiegen.": "Deutscher Fliesen- und Plattenverband",
	})
	for who, want := range map[string]string{"Forst-": "Forst-", "Jagdkammer": "Jagdkammer"} {
		if got := truncatedSourceDE(nil, "", who); got != want {
			t.Errorf("truncatedSourceDE(%q) = %q without a unit", who, got)
		}
	}
}
