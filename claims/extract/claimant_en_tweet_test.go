package extract

import "testing"

// TestTweetAuthorEN checks the author of a quoted post signed with a name
// and a handle, also with symbols after the name or particles in it, and
// a signature line alone, which quotes nothing.
func TestTweetAuthorEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The pier must close before the storm pic.twitter.com/abc — Ruth Okafor (@ruthokafor) May 2, 2019":      "Ruth Okafor",
		"Ruth Okafor (@ruthokafor) The pier must close before the storm hits the town.":                         "Ruth Okafor",
		"— Ruth Okafor (@ruthokafor) May 2, 2019":                                                               "",
		"The pier must close (@harborwatch) before the storm.":                                                  "",
		"The pier must close before the storm pic.twitter.com/abc — Harbor Watch 🌊 (@harborwatch) May 2, 2019":  "Harbor Watch",
		"The pier must close before the storm https://t.co/abc — Ruth Okafor | 📷 (@ruthokafor) May 2, 2019":     "Ruth Okafor",
		"The pier must close before the storm https://t.co/abc — Mayor Tom de Carvalho (@TomMayor) May 2, 2019": "Tom de Carvalho",
	})
}
