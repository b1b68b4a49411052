package extract

import "testing"

// TestGeneralBodyDE checks that "die Behörde" and "das Ressort" name the
// body the text named before them.
func TestGeneralBodyDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Das Landratsamt Talbach meldete zwei neue Fälle. Die Behörde erklärte, die Lage sei ruhig.": "Landratsamt Talbach",
		"Das Verkehrsministerium legte den Plan vor. Die Kosten seien hoch, räumte das Ressort ein.": "Verkehrsministerium",
		"Die Staatsanwaltschaft Kranzberg hat Anklage erhoben. Das teilte die Behörde mit.":          "Staatsanwaltschaft Kranzberg",
		"Das Polizeipräsidium Nord nahm zwei Männer fest. Die Behörde erklärte, sie seien geflohen.": "Polizeipräsidium Nord",
		"Die Behörde erklärte, die Lage sei ruhig.":                                                  "Behörde",
	})
	if _, ok := generalBodyNounsDE[""]; ok {
		t.Error(`generalBodyNounsDE has the key "": generalBodyDE returns "" before its look-up`)
	}
	d := &docState{descs: map[string]string{anyBodyKeyDE: "Landratsamt Talbach"}}
	text := "Die Lage sei ruhig."
	var z tokenizer
	if got := d.generalBodyDE(z.tokenize(text, lexDE), text, ""); got != "" {
		t.Errorf("generalBodyDE(no speaker) = %q, want none", got)
	}
}
