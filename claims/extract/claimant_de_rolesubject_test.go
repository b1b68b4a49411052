package extract

import "testing"

// TestRoleSubjectDE checks that "Er sagte" after a sentence opened by a
// role noun ("Der Bundeskanzler …") refers to the person the text gave
// that role, not to the last man quoted, and that a role noun the text
// gave nobody leaves the last speaker.
func TestRoleSubjectDE(t *testing.T) {
	const two = "„Wir warten ab“, sagte Bundeskanzler Jan Roth. „Es wird knapp“, sagte Minister Kai Lind. "
	checkLast(t, "de", map[string]string{
		two + "Der Bundeskanzler nahm am Abend Stellung. Er sagte, das sei ein Fehler.":          "Jan Roth",
		two + "Der neue Bundeskanzler nahm am Abend Stellung. Er sagte, das sei ein Fehler.":     "Jan Roth",
		two + "Der Bürgermeister nahm am Abend Stellung. Er sagte, das sei ein Fehler.":          "Kai Lind",
		two + "Der Bundeskanzler Jan Roth nahm am Abend Stellung. Er sagte, das sei ein Fehler.": "Jan Roth",
	})
}
