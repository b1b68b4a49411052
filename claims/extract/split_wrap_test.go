package extract

import (
	"reflect"
	"strings"
	"testing"
)

// TestCapitalWrapBlocks checks that a hard-wrapped line that starts with a
// capital is joined to the line before when that one cannot end there (a
// function word, or a full line of a hard-wrapped text), and that a
// heading, a line ending in a verb's particle and a short line of a
// wrapped text stay apart (invented lines).
func TestCapitalWrapBlocks(t *testing.T) {
	// a narrow newspaper column: a name cut after its first part
	column := "Der Mieterbund nannte den Aufschlag\nunverhältnismäßig. Verbandschef Jonas\nWeidlich sagte, viele Haushalte\nkönnten die Mehrkosten kaum tragen."
	wrapped := "Der Kreistag hat am Montag die umstrittene neue\nBuslinie zwischen den beiden Städten mit knapper Mehrheit\nbeschlossen. Die Kosten liegen nach Angaben der Verwaltung\nbei 1,2 Millionen Euro im Jahr, teilte der Landrat mit."
	cases := []struct {
		text string
		want []string
	}{
		{"Die Strecke blieb bis zum\nAbend gesperrt.", []string{"Die Strecke blieb bis zum\nAbend gesperrt."}},
		{"Three people were hurt near the\nRiverside exit.", []string{"Three people were hurt near the\nRiverside exit."}},
		{wrapped, []string{wrapped}},
		{"Streit um neue Buslinie\n" + wrapped, []string{"Streit um neue Buslinie", wrapped}},
		{"Schulen bleiben zu\nDas Amt warnt vor Böen.", []string{"Schulen bleiben zu", "Das Amt warnt vor Böen."}},
		{"Vitamin A\nDie Studie zeigt wenig.", []string{"Vitamin A", "Die Studie zeigt wenig."}},
		{"Ein kurzer Titel ohne Punkt\nDie Meldung folgt hier.", []string{"Ein kurzer Titel ohne Punkt", "Die Meldung folgt hier."}},
		{column, []string{column}},
	}
	for _, c := range cases {
		var got []string
		for _, b := range blocks(c.text, true) {
			got = append(got, c.text[b.s:b.e])
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("blocks %q = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestWrapWidth checks that a text of short lines reads as hard-wrapped
// and one with a paragraph on one line does not.
func TestWrapWidth(t *testing.T) {
	line := strings.Repeat("wort ", 12) // 60 runes
	if got := wrapWidth(line + "\n" + line + "\n" + line + "\nEnde."); got != 59 {
		t.Errorf("wrapWidth of wrapped lines = %d, want 59", got)
	}
	if got := wrapWidth(line + "\n" + strings.Repeat(line, 3) + "\n" + line + "\n" + line); got != 0 {
		t.Errorf("wrapWidth with a long line = %d, want 0", got)
	}
	if got := wrapWidth(line + "\n" + line + line[:30] + "\n" + line + "\nEnde."); got != 59 {
		t.Errorf("wrapWidth with one line longer than the column = %d, want 59 (the median)", got)
	}
	if got := wrapWidth("kurz\nkurz\nkurz\nkurz"); got != 0 {
		t.Errorf("wrapWidth of short lines = %d, want 0", got)
	}
}
