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

// TestPlatformOpeningKnownEN checks that a name after "on" before the
// verb of saying leaves the speaker a known full name that opens the
// sentence: a headline whose "on" follows a verb, and the opener's own
// post.
func TestPlatformOpeningKnownEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		`Bell Quay Council pushes back on Morrow reports`:                                                         "Bell Quay Council",
		`Tallow Labs is now selling a lamp on Shopwise, and the listing on Shopwise says the lamp ships in June.`: "Tallow Labs",
	})
}
