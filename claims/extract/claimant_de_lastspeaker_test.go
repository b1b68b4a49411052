package extract

import "testing"

// TestLastSpeakerOfDE checks that a definite person noun as speaker refers
// to the last speaker of its gender when the last units named no one of
// that gender, and stays the noun when no speaker of its gender is known.
func TestLastSpeakerOfDE(t *testing.T) {
	const said = "„Der Hang ist trocken“, sagt die Försterin Greta Lindqvist. " +
		"Der Regen fehlt seit Mai. Die Bäche führen kaum Wasser. Im Tal blühen die Wiesen. Die Straße bleibt gesperrt. "
	checkLast(t, "de", map[string]string{
		said + "„Wir pflanzen im Herbst neu“, versichert die Försterin.": "Greta Lindqvist",
		said + "„Wir pflanzen im Herbst neu“, versichert der Förster.":   "Förster",
	})
}
