package extract

import "testing"

// TestQuotedAcronymDE checks that a short form defined after a name in
// quotation marks is that name.
func TestQuotedAcronymDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Das meldet die Organisation „Lehrer ohne Grenzen“ (LoG). Laut LoG wurden 40 Schulen geschlossen.":    "Lehrer ohne Grenzen",
		"Die Kampagne „Saubere Ostsee Jetzt“ (SOJ) tagte in Kiel. Nach Angaben der SOJ fehlen 300 Messbojen.": "Saubere Ostsee Jetzt",
	})
}
