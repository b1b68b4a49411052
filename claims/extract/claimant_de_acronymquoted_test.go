package extract

import "testing"

// TestQuotedAcronymDE checks that a short form defined after a name in
// quotation marks is that name.
func TestQuotedAcronymDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Gegründet wurde der Verbund „Lehrer ohne Zäune“ (LoZ) im Jahr 2011. Laut LoZ wurden 40 Schulen geschlossen.": "Lehrer ohne Zäune",
		"Die Kampagne „Saubere Ostsee Jetzt“ (SOJ) tagte in Kiel. Nach Angaben der SOJ fehlen 300 Messbojen.":         "Saubere Ostsee Jetzt",
	})
}
