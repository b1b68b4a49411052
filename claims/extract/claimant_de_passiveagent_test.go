package extract

import "testing"

// TestPassiveAgentDE checks that the agent of a passive with a participle
// of judging, demanding or doubting is the claimant (a dative plural in
// the nominative, the "von" phrase after the auxiliary), and that a
// passive of an official act or without an agent names no one.
func TestPassiveAgentDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Entwurf wurde vom Mieterbund Nordheide scharf kritisiert.":        "Mieterbund Nordheide",
		"Von den Anwohnern wird befürchtet, der Hafen werde im Sommer lauter.": "Anwohner",
		"Der Plan von Lindau wurde vom Elternverein Kastanienhof abgelehnt.":   "Elternverein Kastanienhof",
		"Die Ministerin wurde vom Landtag in ihrem Amt bestätigt.":             "",
		"Der Radweg von Lindau nach Kressbronn wurde im Mai kritisiert.":       "",
	})
}
