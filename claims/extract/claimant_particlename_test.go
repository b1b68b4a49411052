package extract

import "testing"

// TestParticleSurname: a surname after two particles ("von der", "van
// den", "de la") belongs to the name, in German and English; a body, a
// party or a second capitalised word after "von der" does not. Invented
// names.
func TestParticleSurname(t *testing.T) {
	const de = "Die Zölle sollen sinken. "
	checkLast(t, "de", map[string]string{
		de + "„Das ist ein guter Tag“, schrieb Ministerin Hanna von der Aue auf X.":   "Hanna von der Aue",
		de + "Hanna von der Aue sagte, die Zölle würden um 40 Prozent sinken.":        "Hanna von der Aue",
		de + "Laut Joost van den Berg sinken die Zölle um 40 Prozent.":                "Joost van den Berg",
		de + "Jens Roth von der Polizei sagte, es habe 12 Festnahmen gegeben.":        "Jens Roth",
		de + "Anna Roth von der SPD sagte, die Zölle würden um 40 Prozent sinken.":    "Anna Roth",
		de + "Ute Scherf von der Hochschule Lindhagen sagte, das sei ein Rekord.":     "Ute Scherf",
		de + "Die Sprecherin Ute Scherf von der Stadtverwaltung sagte, es sei teuer.": "Ute Scherf",
	})
	const en = "Tariffs are set to fall. "
	checkLast(t, "en", map[string]string{
		en + `"Tariffs will fall by 40 percent," Hanna von der Aue said on Monday.`: "Hanna von der Aue",
		en + "Diego de la Vega said the tariffs would fall by 40 percent.":          "Diego de la Vega",
		en + "According to Joost van der Berg, tariffs will fall by 40 percent.":    "Joost van der Berg",
	})
}
