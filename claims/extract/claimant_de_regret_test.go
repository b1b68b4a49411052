package extract

import "testing"

// TestRegretBodyDE checks that a body that opens the sentence with
// "bedauerte" is the claimant, and that a fronted object leaves none.
func TestRegretBodyDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Handwerkskammer bedauerte den Beschluss des Kreistags.": "Handwerkskammer",
		"Der Fanverband bedauert, dass die Tribüne gesperrt bleibt.": "Fanverband",
		"Den Beschluss bedauerte die Handwerkskammer sehr.":          "",
	})
}
