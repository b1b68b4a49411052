package extract

import "testing"

// TestRoleOfBodyDE checks that a role noun with the body it belongs to in
// the genitive names the person an earlier apposition gave that role, also
// when other persons were named in between, with a kind noun as the
// body, with another noun for the head of the same body, and with the
// body's name shortened; a spokesperson of the body stays a description.
func TestRoleOfBodyDE(t *testing.T) {
	const lead = "Der Chef der Halvorn Fährwerke, Udo Brastig, sagte, die Preise stiegen. Die Stadträtin Ina Moll widersprach. " +
		"Der Kämmerer Tom Wendt sagte, die Stadt zahle nichts. Die Landrätin Eva Kroos schwieg. Es regnete. "
	checkLast(t, "de", map[string]string{
		lead + "Der Chef der Halvorn Fährwerke kündigte neue Verbindungen an.":     "Udo Brastig",
		lead + "Der Chef des Unternehmens kündigte neue Verbindungen an.":          "Udo Brastig",
		lead + "Ein Sprecher der Halvorn Fährwerke kündigte neue Verbindungen an.": "Sprecher der Halvorn Fährwerke",
		"Der Präsident der Orlauer Bank, Jens Fahr, sagte, die Zinsen seien zu hoch. " +
			"Die Ministerin Ute Sarn sagte, sie sehe das anders. Der Richter Olaf Mink sagte nichts. Die Ärztin Lena Rau schwieg. " +
			"Der Präsident der Orlauer Bank warnte vor einer Krise.": "Jens Fahr",
		"Die Vorstandsvorsitzende der Orlauer Bank, Karin Tessmer, sagte, die Zinsen seien zu hoch. " +
			"Der Minister Olaf Sarn sagte, er sehe das anders. Die Richterin Lena Mink sagte nichts. Der Arzt Tim Rau schwieg. " +
			"Die Chefin der Orlauer Bank warnte vor einer Krise.": "Karin Tessmer",
		"Die Leiterin des Gesundheitsamts Kreis Velden, Maren Olk, warnte vor Leichtsinn. Der Minister Olaf Sarn lobte die Schulen. " +
			"Die Ärztin Lena Mink sagte nichts. Es gibt neue Fälle. Die Leiterin des Gesundheitsamts sagte, die Lage sei stabil.": "Maren Olk",
	})
}
