package extract

import "testing"

// TestSpeakerOfDE checks that a speaker named by a title and surname
// ("Nordlands Regierungschef Roth") is remembered under the gender of the
// person named in full before, so that a later "Er" refers to him rather
// than to another man who spoke earlier.
func TestSpeakerOfDE(t *testing.T) {
	text := "So sieht Nordlands Ministerpräsident Paul Roth noch Bedarf. " +
		"Auch der südländische Ministerpräsident Tom Kolb äußerte Bedenken. " +
		"Nordlands Regierungschef Roth sprach sich am Mittwoch für eine Lösung aus. " +
		"Er wies zudem darauf hin, dass eine Sperre nicht kontrolliert werden könnte."
	if got := claimantOfLast(text, "de"); got != "Paul Roth" {
		t.Errorf("claimant %q, want %q", got, "Paul Roth")
	}
	d := &docState{}
	d.register("Paul Roth", 'm')
	d.register("Eva Roth", 'f')
	if name, g := d.speakerOf("Roth", true); g != 0 || name != "Roth" {
		t.Errorf("speakerOf(Roth) with two Roths = %q, %c; want Roth and no gender", name, g)
	}
}
