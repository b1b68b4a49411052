package extract

import "testing"

// TestOpeningParticipleClauseEN checks that a name inside an opening
// "Asked whether …" clause is not whom the following "she" refers to.
func TestOpeningParticipleClauseEN(t *testing.T) {
	const before = "The orchestra lost its conductor in May. The board chair, Wilma Strand, met the players on Friday. "
	checkLast(t, "en", map[string]string{
		before + "Asked whether Pieter Vanlo would return, she said: “The door is open.”": "Wilma Strand",
	})
}
