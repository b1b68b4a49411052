package extract

import "testing"

// TestGroupAndSaidEN: a group noun right before "and said" is no subject
// of "said": the verb's subject is that of the predicate before "and".
func TestGroupAndSaidEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Beyond the footage, the report cited interviews with Lee and said that Holt had seen bruises.": "",
	})
}
