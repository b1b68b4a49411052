package extract

import "testing"

// TestRoleAfterNameDE checks that a role with its body after a person's
// name, in an apposition or as the predicate, or a body the person leads
// ("leitet den Verband …"), names that person when a
// later unit writes the role and body alone, with other persons between.
func TestRoleAfterNameDE(t *testing.T) {
	const between = " Die Stadträtin Ina Moll widersprach. Der Kämmerer Tom Wendt sagte, die Stadt zahle nichts. Die Landrätin Eva Kroos schwieg. "
	checkLast(t, "de", map[string]string{
		"Udo Brastig, Chef der Halvorn Fährwerke, sagte, die Preise stiegen." + between +
			"Der Chef der Halvorn Fährwerke kündigte neue Verbindungen an.": "Udo Brastig",
		"Udo Brastig ist seit Jahren Präsident der Halvorn Fährwerke." + between +
			"Der Präsident der Halvorn Fährwerke kündigte neue Verbindungen an.": "Udo Brastig",
		"Udo Brastig ist seit Jahren Präsident der Halvorn Fährwerke." + between +
			"Der Präsident des Unternehmens kündigte neue Verbindungen an.": "Udo Brastig",
		"Udo Brastig leitet den Verband der Küstenreeder." + between +
			"Der Chef des Verbands der Küstenreeder kündigte neue Verbindungen an.": "Udo Brastig",
	})
}

// TestLeadFilterDE checks the pre-check of noteLeadsBodyDE: every verb of
// leadVerbsDE passes leadFilterDE, and each still notes the head of the
// body it leads (the filter wrong for one verb would lose that verb's
// notes).
func TestLeadFilterDE(t *testing.T) {
	const between = " Die Stadträtin Ina Moll widersprach. Der Kämmerer Tom Wendt sagte, die Stadt zahle nichts. "
	cases := map[string]string{}
	for v := range leadVerbsDE {
		if !leadFilterDE.mayHold(v) {
			t.Errorf("leadFilterDE.mayHold(%q) = false", v)
		}
		cases["Udo Brastig "+v+" den Verband der Küstenreeder."+between+
			"Der Chef des Verbands der Küstenreeder kündigte neue Verbindungen an."] = "Udo Brastig"
	}
	checkLast(t, "de", cases)
}
