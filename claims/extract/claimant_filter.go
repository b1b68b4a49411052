package extract

import "strings"

// What can never be a claimant on its own: a German function word or
// sentence adverb that opens a sentence ("Darum", "Damit", "Wie",
// "Bisher"), which the rules would otherwise read as a subject.

// prepositionsDE are the prepositions that form German pronominal adverbs
// with da(r)-, wo(r)- and hier- ("darum", "womit", "hierzu").
var prepositionsDE = [...]string{"an", "auf", "aus", "bei", "durch", "für", "gegen", "hinter", "in", "mit", "nach",
	"neben", "über", "um", "unter", "von", "vor", "zu", "zwischen"}

// adverbsDE are German interrogatives and sentence adverbs that may open a
// sentence before its verb.
var adverbsDE = map[string]bool{
	"wie": true, "was": true, "wer": true, "wo": true, "warum": true, "weshalb": true, "wann": true, "wieso": true,
	"bisher": true, "ansonsten": true, "inzwischen": true, "demnach": true, "damals": true, "dennoch": true,
	"deshalb": true, "deswegen": true, "trotzdem": true, "zudem": true, "außerdem": true, "allerdings": true,
	"jedoch": true, "zunächst": true, "bereits": true, "schon": true, "nun": true, "jetzt": true, "heute": true,
	"gestern": true, "morgen": true, "hier": true, "dort": true, "dann": true, "so": true, "auch": true, "nur": true,
	"noch": true, "immer": true, "oft": true, "bald": true, "später": true, "zuvor": true, "seitdem": true,
	"stattdessen": true, "zugleich": true, "gleichzeitig": true, "vielmehr": true, "tatsächlich": true,
	"daher": true, "dabei": true, "dafür": true, "dagegen": true, "dazu": true, "danach": true, "davor": true,
	"dies": true, "das": true, "diese": true, "dieser": true, "jeder": true, "jede": true, "alle": true, "man": true,
	"es": true, "wir": true, "ich": true, "sie": true, "er": true, "ihr": true, "du": true, "kurz": true,
	"vorher": true, "nachher": true, "sonst": true, "ebenso": true, "ebenfalls": true, "insgesamt": true,
}

// functionWordDE reports whether a single capitalised word is a German
// function word or sentence adverb, never a claimant.
func functionWordDE(w string) bool {
	low := strings.ToLower(w)
	if adverbsDE[low] {
		return true
	}
	for _, pre := range [...]string{"dar", "da", "wor", "wo", "hier"} {
		rest, ok := strings.CutPrefix(low, pre)
		if !ok {
			continue
		}
		for _, p := range prepositionsDE {
			if rest == p {
				return true
			}
		}
	}
	return false
}
