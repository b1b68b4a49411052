package extract

import "testing"

// TestParticleNameDE checks that a surname with two particles written
// alone ("Von der Leyen" opening a sentence, "sagte von der Leyen", "laut
// von der Leyen", "Van der Vaart") names the person the text gave in
// full, and that a phrase of the same form names no one ("Abschied von
// der Macht" before "von der Macht").
func TestParticleNameDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Ursula von der Leyen ist Präsidentin. Von der Leyen sagte, die EU werde 40 Milliarden zahlen.":                                  "Ursula von der Leyen",
		"Ursula von der Leyen ist Präsidentin. Die EU werde 40 Milliarden zahlen, sagte von der Leyen.":                                  "Ursula von der Leyen",
		"Ursula von der Leyen ist Präsidentin. Laut von der Leyen wird die EU 40 Milliarden zahlen.":                                     "Ursula von der Leyen",
		"Rafael van der Vaart spielte gut. Van der Vaart sagte, das Team werde 40 Spiele gewinnen.":                                      "Rafael van der Vaart",
		"Der Abschied von der Macht fiel schwer. Von der Macht hieß es, sie koste 40 Milliarden.":                                        "Macht",
		"Ursula von der Leyen ist Präsidentin. Ihre Vorgängerin war Eva von der Leyen. Von der Leyen sagte, die EU zahle 40 Milliarden.": "Leyen",
	})
}
