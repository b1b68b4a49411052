// Package extract finds check-worthy claims in news text. It is pure: text
// in, scored units out; no I/O, no network, deterministic.
//
// NOTE: this file is the interface stub laid down first so that other
// packages can build against it; the extractor itself replaces it.
package extract

// Options tune an extraction. The zero value means: detect the language,
// split into sentences, default threshold.
type Options struct {
	Lang      string  // "auto" or "" to detect, "de" or "en" to force
	Split     string  // "sentences" (default) or "lines"
	Threshold float64 // score at or above which a unit is check-worthy; 0 means DefaultThreshold
}

// DefaultThreshold is the check-worthiness cut-off used when Options leave it unset.
const DefaultThreshold = 0.5

// Unit is one sentence (or line) of the input with its assessment.
type Unit struct {
	Start       int      `json:"start"` // byte offsets into the input; Text == input[Start:End]
	End         int      `json:"end"`
	Text        string   `json:"text"`
	Score       float64  `json:"score"` // 0..1
	CheckWorthy bool     `json:"checkworthy"`
	Claimant    string   `json:"claimant"`
	Kinds       []string `json:"kinds"`
	Reasons     []string `json:"reasons"`
	Lang        string   `json:"lang"`
	Entities    []string `json:"entities,omitempty"`
	Dates       []string `json:"dates,omitempty"`
	Numbers     []string `json:"numbers,omitempty"`
}

// Extract returns every unit of text in text order.
func Extract(text string, opts Options) []Unit {
	var out []Unit
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == '\n' {
			if i > start {
				out = append(out, Unit{Start: start, End: i, Text: text[start:i], Lang: "en", Kinds: []string{}, Reasons: []string{}})
			}
			start = i + 1
		}
	}
	return out
}
