package extract

import "testing"

// TestDescribedNameDE checks that a noun of a kind of body or of an
// office before a name goes, while a body whose kind is part of its name,
// a declined adjective and several claimants stay.
func TestDescribedNameDE(t *testing.T) {
	for in, want := range map[string]string{
		"Nachrichtenagentur Lumina":  "Lumina",
		"Softwareunternehmen Kobalt": "Kobalt",
		"Stadtrat Jonas Brenner":     "Jonas Brenner",
		"Kurator Mira Kolb":          "Mira Kolb",
		"Stiftung Warenprüfung":      "Stiftung Warenprüfung",
		"Landgericht Lindau":         "Landgericht Lindau",
		"Verband Deutscher Bäcker":   "Verband Deutscher Bäcker",
		"Jonas Brenner":              "Jonas Brenner",
		"Zeitung Lumina; Mira Kolb":  "Zeitung Lumina; Mira Kolb",
	} {
		if got := describedNameDE(in); got != want {
			t.Errorf("describedNameDE(%q) = %q, want %q", in, got, want)
		}
	}
	checkLast(t, "de", map[string]string{
		"Die Ernte fiel aus, berichtete die Fachzeitschrift Ackerblatt.": "Ackerblatt",
	})
}

// TestAcronymCompoundDE checks that a report or model named after a body's
// acronym stands for the body, and other compounds do not.
func TestAcronymCompoundDE(t *testing.T) {
	for in, want := range map[string]string{
		"WVB-Bericht":  "WVB",
		"KLM-Modell":   "KLM",
		"SPD-Fraktion": "SPD-Fraktion",
		"Bericht":      "Bericht",
	} {
		if got := acronymCompoundDE(in); got != want {
			t.Errorf("acronymCompoundDE(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestAbstractTailDE checks that a plural abstract noun after a name is
// cut, and a name alone is kept.
func TestAbstractTailDE(t *testing.T) {
	for in, want := range map[string]string{
		"Mira Kolb Reisebeschränkungen": "Mira Kolb",
		"Kolb Erleichterungen":          "Kolb",
		"Mira Kolb":                     "Mira Kolb",
		"Stadt; Behörden":               "Stadt; Behörden",
	} {
		if got := abstractTailDE(in); got != want {
			t.Errorf("abstractTailDE(%q) = %q, want %q", in, got, want)
		}
	}
}
