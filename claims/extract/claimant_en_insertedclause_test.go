package extract

import "testing"

// TestInsertedClauseEN checks a subject set off from its verb of saying
// by a relative or participial clause: the words after the verb are what
// was said, and a described source before the clause is the speaker.
func TestInsertedClauseEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Rain fell on Monday. Ann Lee, who runs the pier, said a broken valve had let in water.":                            "Ann Lee",
		"Rain fell on Monday. The Harbor Water Company, which runs the pier, said a broken valve had let in water.":         "Harbor Water Company",
		"Talks failed on Monday. A senior Norland official, speaking on condition of anonymity, said the talks had failed.": "A senior Norland official",
		"Talks failed on Monday. A senior Norland official, who asked not to be named, said the talks had failed.":          "A senior Norland official",
		"“The pier will close,” said a spokesman for the harbor board.":                                                     "a spokesman for the harbor board",
	})
}
