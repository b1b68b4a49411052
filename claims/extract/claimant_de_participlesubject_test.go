package extract

import "testing"

// TestPerfectParticipleDE checks that the word before a participle of the
// perfect is not taken for its subject ("in einem Interview gesagt", "von
// einem Skandal gesprochen") and that the subject before the auxiliary
// then counts.
func TestPerfectParticipleDE(t *testing.T) {
	if !perfectParticipleDE([]token{{low: "sie"}, {low: "hatte"}, {low: "das"}, {low: "gesagt"}, {low: ".", p: '.', flags: tPunct}}, 3) {
		t.Error("\"hatte das gesagt\": a participle of the perfect")
	}
	checkLast(t, "de", map[string]string{
		"Brandt hatte in einem Interview gesagt, der Steg werde neu gebaut.": "Brandt",
	})
	if got := claimantOfLast("Die Medien hatten am Montag von einem Skandal gesprochen.", "de"); got == "Skandal" {
		t.Errorf("the object before the participle taken for the speaker: %q", got)
	}
}
