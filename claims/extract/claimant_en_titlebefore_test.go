package extract

import "testing"

// TestTitledNameAfterEN: a claimant that ends inside a title before a
// name gives way to the name.
func TestTitledNameAfterEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Harbor towns lose ferries. Retired Army Col. Lewis Varga started the debate when he brought up the strike and later said, \"It's not just the dockers.\"": "Lewis Varga",
		"Harbor towns lose ferries. Norland's Prime Minister Tom Varga has pleaded ignorance when questioned about the footage.":                                   "Tom Varga",
		"Harbor towns lose ferries. Harbor officials said the plan was too costly.":                                                                                "Harbor officials",
	})
}
