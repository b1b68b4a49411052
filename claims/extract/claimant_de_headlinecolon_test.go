package extract

import "testing"

// TestHeadlineColonDE checks a headline with a role and a name before a
// colon, and that a topic, a place or two capitalised words alone name no
// one.
func TestHeadlineColonDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Kanzlerin Roth: „Wir schaffen das nicht allein“":    "Roth",
		"Ministerin Eva Roth: Schulen bleiben bis Ostern zu": "Eva Roth",
		"Corona: Schulen bleiben bis Ostern zu":              "",
		"Bad Reichenhall: Schulen bleiben bis Ostern zu":     "",
		"Kanzlerin Roth: Zu kurz":                            "",
	})
}
