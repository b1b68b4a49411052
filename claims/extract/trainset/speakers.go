package trainset

import "strings"

// pronounSpeakers are speaker mentions whose name only coreference gives.
var pronounSpeakers = map[string]bool{
	"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "you": true,
	"er": true, "sie": true, "es": true, "wir": true, "ich": true, "man": true, "du": true,
}

// relativeSpeakers are relative pronouns, whose name is that of the noun
// they follow ("…, who said").
var relativeSpeakers = map[string]bool{"who": true, "which": true, "that": true, "welche": true, "welcher": true}

// PronounSpeaker reports whether an annotated speaker mention is a bare
// personal pronoun ("he", "sie"): the measure of 2026-12-02 morning.
func PronounSpeaker(mention string) bool { return pronounSpeakers[strings.ToLower(mention)] }

// PronounSpeakerAll is PronounSpeaker with relative pronouns ("who"),
// which a claimant resolves to a name as well.
func PronounSpeakerAll(mention string) bool {
	return PronounSpeaker(mention) || relativeSpeakers[strings.ToLower(mention)]
}

// honorifics are the courtesy titles before a surname, which a claimant
// gives with the first name instead ("Mr. Trump" → "Donald Trump").
var honorifics = map[string]bool{
	"mr.": true, "mrs.": true, "ms.": true, "dr.": true, "mr": true, "mrs": true, "ms": true, "dr": true,
	"herr": true, "frau": true, "prof.": true,
}

// NormalSpeaker is SpeakerName without a courtesy title ("Mr.", "Frau")
// before the name.
func NormalSpeaker(s string) string {
	s = SpeakerName(s)
	if k := strings.IndexByte(s, ' '); k > 0 && honorifics[strings.ToLower(s[:k])] {
		return s[k+1:]
	}
	return s
}

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
// ignoring case, spacing and the form of the apostrophe (a label typed
// "McCready's lawyers" where the text prints "McCready’s lawyers").
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

// apostrophes writes the typographic apostrophes as the typed one.
var apostrophes = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u02bc", "'")

// claimantSet returns the names of the ";"-separated list s, lower-cased,
// with their white space collapsed and typographic apostrophes typed.
func claimantSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, p := range strings.Split(apostrophes.Replace(s), ";") {
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

// TitledName reports whether a speaker mention is the name a claimant
// gives with a title or office before it ("Bundeskanzler Gerhard Schulz",
// "Sen. Ann Ruiz" for "Ann Ruiz"): the name has two words at least, and
// every word before it is capitalised ("Sprecher der Polizei" is no title
// of "Polizei").
func TitledName(mention, name string) bool {
	m, n := strings.ToLower(mention), strings.ToLower(name)
	if !strings.Contains(n, " ") || !strings.HasSuffix(m, " "+n) {
		return false
	}
	for _, w := range strings.Fields(mention[:len(mention)-len(name)-1]) {
		if r := w[0]; r >= 'a' && r <= 'z' {
			return false
		}
	}
	return true
}
