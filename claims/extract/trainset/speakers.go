package trainset

import "strings"

// pronounSpeakers are speaker mentions whose name only coreference gives.
var pronounSpeakers = map[string]bool{
	"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "you": true,
	"er": true, "sie": true, "es": true, "wir": true, "ich": true, "man": true, "du": true,
}

// PronounSpeaker reports whether an annotated speaker mention is a bare
// pronoun ("he", "sie").
func PronounSpeaker(mention string) bool { return pronounSpeakers[strings.ToLower(mention)] }

// SpeakerName strips an annotated speaker mention to the name a claimant
// gives: no leading article, "Angaben der", "laut" or "according to".
func SpeakerName(s string) string {
	f := strings.Fields(s)
	for len(f) > 1 {
		switch strings.ToLower(f[0]) {
		case "the", "a", "an", "der", "die", "das", "den", "dem", "des", "angaben", "laut", "according", "to":
			f = f[1:]
			continue
		}
		break
	}
	return strings.Join(f, " ")
}

// SameClaimant compares claimants as sets of names ("; " separates them),
// ignoring case and spacing.
func SameClaimant(a, b string) bool {
	x, y := claimantSet(a), claimantSet(b)
	if len(x) != len(y) {
		return false
	}
	for k := range x {
		if !y[k] {
			return false
		}
	}
	return true
}

func claimantSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, p := range strings.Split(s, ";") {
		if p = strings.ToLower(strings.Join(strings.Fields(p), " ")); p != "" {
			m[p] = true
		}
	}
	return m
}

// FullerName reports whether got names the speaker want by a fuller form
// of the same name ("Angela Merkel" for "Merkel"), or exactly, case
// ignored.
func FullerName(got, want string) bool {
	g, w := strings.ToLower(got), strings.ToLower(want)
	return g != "" && (g == w || strings.HasSuffix(g, " "+w))
}
