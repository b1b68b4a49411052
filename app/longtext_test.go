package app

import (
	"fmt"
	"strings"
)

// Invented German sentence parts: a subject, what it did or said, and an
// ending; combined they give some thousand sentences, none taken from a
// corpus.
var (
	longSubjects = []string{
		"Der Gemeinderat von Lindenau", "Die Kämmerin der Stadt", "Ein Sprecher des Landkreises",
		"Die Verkehrsbetriebe", "Der Elternbeirat der Grundschule", "Die örtliche Feuerwehr",
		"Der Vorsitzende des Sportvereins", "Eine Sprecherin der Stadtwerke", "Das Bauamt",
		"Die Mehrheit im Kreistag", "Der Verband der Landwirte", "Die Leiterin des Klinikums",
	}
	longMiddles = []string{
		"erklärte am Dienstag, die Kosten seien um %d Prozent gestiegen",
		"teilte mit, im vergangenen Jahr habe es %d Anträge gegeben",
		"sagte, man rechne mit %d zusätzlichen Stellen bis zum Sommer",
		"bestätigte, dass %d Wohnungen leer stünden",
		"kündigte an, die Gebühren ab Januar um %d Euro zu senken",
		"berichtete von %d Einsätzen in den ersten drei Monaten",
		"wies darauf hin, dass die Sanierung %d Millionen Euro koste",
		"betonte, die Zahl der Besucher habe sich auf %d verdoppelt",
	}
	longEnds = []string{
		"", " und verwies auf einen Bericht des Landesamts", " – deutlich mehr als erwartet",
		", wie aus einer Antwort auf eine Anfrage hervorgeht", " und sprach von einem Erfolg",
		", obwohl der Haushalt knapp sei", " und forderte Hilfe vom Land",
	}
)

// longSentence returns the i-th invented sentence.
func longSentence(i int) string {
	s := longSubjects[i%len(longSubjects)]
	m := fmt.Sprintf(longMiddles[(i/len(longSubjects))%len(longMiddles)], 3+i%97)
	e := longEnds[(i/7)%len(longEnds)]
	return s + " " + m + e + "."
}

// longArticle returns about n bytes of invented German sentences: with
// para > 0 a title line and a blank line after every para sentences, with
// para == 0 all in one line without any line break, as text pasted from a
// PDF or a web form.
func longArticle(n, para int) string {
	var b strings.Builder
	if para > 0 {
		b.WriteString("Bericht aus dem Kreistag\n\n")
	}
	for i := 0; b.Len() < n; i++ {
		if i > 0 {
			if para > 0 && i%para == 0 {
				b.WriteString("\n\n")
			} else {
				b.WriteString(" ")
			}
		}
		b.WriteString(longSentence(i))
	}
	return b.String()
}
