package extract

import "testing"

// TestManReportedDE checks that "Man habe … geschrieben" after a speaker
// keeps that speaker, and that "…, hieß es" still names no one carried.
func TestManReportedDE(t *testing.T) {
	const before = "Vereinschef Lutz Pahl sagte, die Pacht sei zu hoch. "
	checkLast(t, "de", map[string]string{
		before + "Man habe der Gemeinde schon im Herbst geschrieben, aber nichts gehört.": "Lutz Pahl",
		before + "Man habe das Amt mehrfach gewarnt.":                                     "Lutz Pahl",
		before + "Man wisse nicht, wie lange das dauere, hieß es.":                        "",
	})
}
