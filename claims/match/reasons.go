package match

import (
	"fmt"
	"strings"
	"unicode"
)

// Reason kinds.
const (
	ReasonNumbers  = "numbers"  // Items: the shared numbers
	ReasonNames    = "names"    // Items: the shared names
	ReasonClaimant = "claimant" // Items: the claimant named
	ReasonWords    = "words"    // Items: the shared words; Share: of the claim's words
)

// Reason is one ground for a match, in a form the interface can translate.
type Reason struct {
	Kind  string   `json:"kind"`
	Items []string `json:"items"`
	Share float64  `json:"share,omitempty"`
}

// String renders the reason in English, e.g. "same numbers: 41, 2019".
func (r Reason) String() string {
	switch r.Kind {
	case ReasonWords:
		return fmt.Sprintf("%.0f%% of the words shared: %s", 100*r.Share, strings.Join(r.Items, ", "))
	case ReasonClaimant:
		return "same claimant: " + strings.Join(r.Items, ", ")
	}
	return "same " + r.Kind + ": " + strings.Join(r.Items, ", ")
}

// Reasons says why text and d match: shared numbers, names, claimant and
// words, each as written in text. A shared name is listed when one of the
// two texts shows it as a name (shownNames), which leaves out German nouns;
// those stay among the shared words.
func Reasons(text string, d Doc) []Reason {
	var out []Reason
	dn := map[string]bool{}
	for _, n := range Numbers(d.Text + " " + d.Title) {
		dn[n] = true
	}
	if items := uniq(Numbers(text), func(n string) bool { return dn[n] }); len(items) > 0 {
		out = append(out, Reason{Kind: ReasonNumbers, Items: numbersAsWritten(items, text)})
	}
	dnames := map[string]bool{}
	for _, n := range Names(d.Text + " " + d.Title + ". " + d.Claimant) {
		dnames[stem(n)] = true
	}
	shown := map[string]bool{}
	for _, n := range append(shownNames(text), shownNames(d.Text+" "+d.Title+". "+d.Claimant)...) {
		shown[stem(n)] = true
	}
	if items := uniq(Names(text), func(n string) bool { return dnames[stem(n)] && shown[stem(n)] }); len(items) > 0 {
		out = append(out, Reason{Kind: ReasonNames, Items: titleCase(items, text)})
	}
	if c := strings.TrimSpace(d.Claimant); c != "" && strings.Contains(strings.ToLower(text), strings.ToLower(c)) {
		out = append(out, Reason{Kind: ReasonClaimant, Items: []string{c}})
	}
	dt := map[string]bool{}
	for _, t := range Terms(d.Text + " " + d.Title) {
		dt[t] = true
	}
	qt := uniq(Terms(text), func(string) bool { return true })
	terms := uniq(qt, func(t string) bool { return dt[t] })
	if len(qt) > 0 && len(terms) > 0 {
		share := float64(len(terms)) / float64(len(qt))
		if items := surface(terms, text); len(items) > 0 {
			out = append(out, Reason{Kind: ReasonWords, Items: items[:min(len(items), 8)], Share: share})
		}
	}
	return out
}

// numbersAsWritten returns each normalised number (Numbers) as first written
// in text: "9,3" stays "9,3" in a German claim, "1.200" stays "1.200".
func numbersAsWritten(nums []string, text string) []string {
	first := map[string]string{}
	runs := numberRuns(text)
	for i, n := range Numbers(text) {
		if first[n] == "" {
			first[n] = runs[i]
		}
	}
	out := make([]string, len(nums))
	for i, n := range nums {
		out[i] = first[n]
		if out[i] == "" {
			out[i] = n
		}
	}
	return out
}

// surface returns each index term as first written in text, leaving out
// terms of digits only: a number is split into such terms ("1.600" gives
// "1" and "600"), and the reason "same numbers" shows it whole.
func surface(terms []string, text string) []string {
	first := map[string]string{}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if t := stem(strings.ToLower(w)); first[t] == "" {
			first[t] = w
		}
	}
	out := make([]string, 0, len(terms))
	for _, t := range terms {
		if strings.IndexFunc(t, func(r rune) bool { return !unicode.IsDigit(r) }) < 0 {
			continue
		}
		w := first[t]
		if w == "" {
			w = t
		}
		out = append(out, w)
	}
	return out
}

// uniq returns the distinct items of l that keep accepts, in order.
func uniq(l []string, keep func(string) bool) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range l {
		if !seen[s] && keep(s) {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// titleCase returns the names as written in text.
func titleCase(names []string, text string) []string {
	lower := strings.ToLower(text)
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = n
		if j := strings.Index(lower, n); j >= 0 && len(lower) == len(text) {
			out[i] = text[j : j+len(n)]
		}
	}
	return out
}
