package extract

import "testing"

// TestAgedPersonDE checks that "Der 61-Jährige" is never resolved to a
// body the unit before named, while a person named before still is.
func TestAgedPersonDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Vor dem Amtsgericht Kalben steht ein Mann. Die Staatsanwaltschaft wirft ihm Betrug vor. Der 61-Jährige räumte die Vorwürfe ein.": "",
		"Vor dem Amtsgericht Kalben steht Ole Brandt. Der 61-Jährige räumte die Vorwürfe ein.":                                            "Ole Brandt",
	})
}
