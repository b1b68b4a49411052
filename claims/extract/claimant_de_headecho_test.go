package extract

import "testing"

// TestHeadlineEchoDE checks a headline that is a quotation alone: it takes
// the claimant of the later unit whose quotation holds its words (an
// article left out by the headline too), and none when no quotation
// repeats it or the words go on in the later sentence.
func TestHeadlineEchoDE(t *testing.T) {
	for text, want := range map[string]string{
		"„Der Hafen ist bereit“\n\nAm Montag beginnt im Hafen die Saison. „Die Kräne stehen, der Hafen ist bereit“, sagte der Hafenmeister.":      "Hafenmeister",
		"„Schiffe sind wichtiger als Parkplätze“\n\nAm Kai wird gebaut. „Die Schiffe sind wichtiger als die Parkplätze“, sagte der Hafenmeister.": "Hafenmeister",
		"„Der Hafen ist bereit“\n\nAm Montag beginnt im Hafen die Saison. „Die Kräne stehen“, sagte der Hafenmeister.":                            "",
		"„Der Hafen ist bereit“\n\nAm Montag beginnt die Saison. „Der Hafen ist bereit für die Saison“, sagte der Hafenmeister.":                  "",
	} {
		units := Extract(text, Options{Lang: "de"})
		if len(units) == 0 || units[0].Claimant != want {
			got := "<no unit>"
			if len(units) > 0 {
				got = units[0].Claimant
			}
			t.Errorf("%q: headline claimant %q, want %q", text, got, want)
		}
	}
}
