package extract

import "testing"

// TestTitledNameAfterEN: a claimant that ends inside a title before a
// name gives way to the name.
func TestTitledNameAfterEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Harbor towns lose ferries. Retired Army Col. Lewis Varga raised the crane issue and later said the port was unsafe.": "Lewis Varga",
		"Harbor towns lose ferries. Norland's Prime Minister Tom Varga has denied any role in the ferry deal.":                "Tom Varga",
		"Harbor towns lose ferries. Harbor officials said the plan was too costly.":                                           "Harbor officials",
	})
}
