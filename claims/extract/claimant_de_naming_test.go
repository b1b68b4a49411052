package extract

import "testing"

// TestNamingDE checks "heißen" with a subject of its own, which gives a
// name, not a statement, and "heißt es", which still reports one.
func TestNamingDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Fischer hieß Anton Kessler, und er wohnte am Hafen.":                "",
		"Die Halle hieß damals noch die „Neue Markthalle“.":                      "",
		"Aus dem Rathaus von Talheim hieß es, die Brücke werde im Mai gesperrt.": "Rathaus von Talheim",
	})
}
