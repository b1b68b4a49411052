package extract

import "testing"

// TestBodyNounMoreEN checks that "the regulator said" and "the union
// said" refer to the body last quoted.
func TestBodyNounMoreEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The Water Supervision Authority said the prices were too high. The regulator said it would act.": "Water Supervision Authority",
		"The Harbor Dockers Union said the port was unsafe. Later, the union said talks had broken down.": "Harbor Dockers Union",
	})
}
