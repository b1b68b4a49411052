package extract

import "strings"

// A definite person noun as a speaker ("…“, sagt der Tischler", "versichert
// die Försterin") refers back to someone the text introduced. When
// the last units name no one person of its gender (recentPersonDE), the
// one most present to the reader is the last speaker of that gender: the
// text has already quoted them, and it writes the noun without a name
// because it need not name them again.

// lastSpeakerOfDE returns the last speaker of gender g when the text
// knows them by a full name of plain words, else who.
func (d *docState) lastSpeakerOfDE(g byte, who string) string {
	p := d.lastSpeaker[gi(g)]
	if p == "" {
		p = d.lastSpeaker[0]
	}
	if _, ok := d.lookup(p); !ok || strings.IndexByte(p, ' ') < 0 || !plainName(p) {
		return who
	}
	return p
}
