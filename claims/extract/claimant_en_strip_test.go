package extract

import "testing"

// TestDropConjunctionEN checks that a claimant loses the conjunctions and
// focus adverbs it starts with, and keeps a name that starts so by chance.
func TestDropConjunctionEN(t *testing.T) {
	for in, want := range map[string]string{
		"though critics":                 "critics",
		"Even though most harbor owners": "most harbor owners",
		"although shipping experts":      "shipping experts",
		"Evenson Marsh":                  "Evenson Marsh",
		"critics":                        "critics",
	} {
		if got := dropConjunctionEN(in); got != want {
			t.Errorf("dropConjunctionEN(%q) = %q, want %q", in, got, want)
		}
	}
	checkLast(t, "en", map[string]string{
		"The pier will reopen in May, though critics claim it will flood again.": "critics",
	})
}

// TestAdverbInSEN checks that an adverb ending in "s" before a verb of
// saying is no group speaking.
func TestAdverbInSEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The harbor, as the owners always said, floods every spring.": "",
		"The harbor floods every spring, shipping experts said.":      "shipping experts",
	})
}

// TestCapNounPhraseEN checks the source after "according to" written as
// one capitalised word and lower-case nouns, and a body's own name.
func TestCapNounPhraseEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Thousands fled, according to the Ohioan government.":       "Ohioan government",
		"Thousands fled, according to Harbor health officials.":     "Harbor health officials",
		"Thousands fled, according to FBI data.":                    "FBI",
		"Thousands fled, according to the Harbor Policy Institute.": "Harbor Policy Institute",
	})
}
