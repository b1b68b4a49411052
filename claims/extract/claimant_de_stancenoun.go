package extract

import "strings"

// "Am Montag äußerte Ministerin Eva Roth Zweifel an dem Plan", "In der
// Begründung äußerten die Richter Bedenken": the object of a verb of
// voicing a stance is a noun of doubt, criticism or feeling, written with
// a capital like a name. A run of capitalised words takes it in after the
// subject ("Eva Roth Zweifel"), and when the subject is a common noun the
// rules pass over, the object alone is taken for the speaker. A person or
// body is never called so.

// voicedStanceNounsDE are German nouns of a voiced stance (closed class: doubt,
// criticism, concern, hope, understanding and their opposites).
var voicedStanceNounsDE = map[string]bool{
	"Zweifel": true, "Bedenken": true, "Kritik": true, "Sorge": true, "Sorgen": true, "Besorgnis": true,
	"Skepsis": true, "Verständnis": true, "Unverständnis": true,
	"Enttäuschung": true, "Zustimmung": true, "Ablehnung": true, "Unmut": true, "Empörung": true,
}

// stanceTailDE drops a last word of voicedStanceNounsDE from a claimant of
// several words ("Eva Roth Zweifel" → "Eva Roth") and gives none for such
// a noun alone; other claimants stay.
func stanceTailDE(who string) string {
	if who == "" {
		return who // no claimant: nothing to drop, and no look-up
	}
	if voicedStanceNounsDE[who] {
		return ""
	}
	k := strings.LastIndexByte(who, ' ')
	if k < 0 || strings.IndexByte(who, ';') >= 0 || !voicedStanceNounsDE[who[k+1:]] {
		return who
	}
	return who[:k]
}
