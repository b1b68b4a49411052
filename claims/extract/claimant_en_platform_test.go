package extract

import "testing"

// TestPlatformObjectEN checks that a platform named after "on" right
// before an English verb of saying is not the claimant, nor given to a
// later "the office said".
func TestPlatformObjectEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		`Ann Lee said the pier was safe. A post shared on Instagram says that the pier was closed.`:                         "",
		`Ann Lee said the figures were right. A viral post shared on Facebook claims that the stations were moved.`:         "",
		`A viral post shared on Facebook claims that the stations were moved. The weather office said none had been moved.`: "weather office",
	})
}
