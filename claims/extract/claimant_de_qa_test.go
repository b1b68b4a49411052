package extract

import "testing"

// TestQAInterviewDE checks a German interview printed as "Frage:"/
// "Antwort:" turns: the answers, and their paragraph's later sentences,
// are the guest's whom the introduction names, once a question said "Sie"
// or an answer "wir"; a question (also after a title quotation whose
// person the lead names), the text after the last answer and an
// explainer's answers are not.
func TestQAInterviewDE(t *testing.T) {
	intro := "Die Försterin Lene Wachtmann betreut den Stadtwald.\n\n"
	title := "„Der Wald braucht Zeit“\n\nDie Försterin Lene Wachtmann betreut den Stadtwald.\n\n"
	checkLast(t, "de", map[string]string{
		intro + "Frage: Wie geht es Ihrem Wald?\n\nAntwort: Ein Drittel der Fichten ist abgestorben.":                        "Lene Wachtmann",
		intro + "Frage: Wie geht es dem Wald?\n\nAntwort: Schlecht, wir zählen jede Woche. Ein Drittel der Fichten ist tot.": "Lene Wachtmann",
		intro + "F: Wie geht es Ihrem Wald?\n\nA: Ein Drittel der Fichten ist abgestorben.":                                  "Lene Wachtmann",
		intro + "Frage: Frau Wachtmann, wie geht es dem Wald?\n\nAntwort: Ein Drittel der Fichten ist abgestorben.":          "Lene Wachtmann",
		intro + "Frage: Wie geht es dem Wald?\n\nAntwort: Ein Drittel der Fichten ist abgestorben.":                          "",
		title + "Frage: Wie geht es Ihrem Wald?\n\nAntwort: Wir zählen jede Woche.\n\nFrage: Woran liegt das?":               "",
		intro + "Frage: Wie geht es Ihrem Wald?\n\nAntwort: Schlecht.\n\nDer Stadtrat berät im Mai über neue Bäume.":         "",
		"Der Wald leidet.\n\nAntwort: Ein Drittel der Fichten ist abgestorben.":                                              "",
	})
}
