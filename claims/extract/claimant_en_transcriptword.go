package extract

import "strings"

// A transcript is often announced in words before its first turn ("A
// partial transcript follows.", "Transcript as follows:"). Once a unit
// has said so, a label in capitals opening a later paragraph is read as a
// turn even when no broadcasting role opens it and the text never named
// its person in full ("JANE DOE: …", "DOE: …"), as a label is once the
// text has shown itself a transcript (turnLabelEN).

// noteTranscriptWordEN notes that the unit holds the word "transcript" or
// "transcripts" (any case), for the units that follow.
func (t *transcriptEN) noteTranscriptWordEN(toks []token) {
	t.said = t.said || hasToken(toks, "transcript") || hasToken(toks, "transcripts")
}

// labelNameEN returns the fullest form of a turn label the text never
// named in ordinary case: an earlier label of two words or more that
// ends in a one-word label ("JAKE TAPPER:" before "TAPPER:" gives "Jake
// Tapper"); a label of two words or more is noted and returned as it is.
func (t *transcriptEN) labelNameEN(name string) string {
	if strings.IndexByte(name, ' ') > 0 {
		t.labels = append(t.labels, name)
		return name
	}
	for _, l := range t.labels {
		if strings.HasSuffix(l, " "+name) {
			return l
		}
	}
	return name
}
