package main

import (
	"fmt"
	"sort"
	"strings"

	"claimdesk/claims/extract/trainset"
)

// Where the rules' claimant of training news units goes wrong, by kind of
// loss (-diagnose): for choosing what to fix on training articles only.

// lossKind names how the rules' answer of a news unit compares with its label.
func lossKind(e example) string {
	got := e.names[e.rules]
	switch {
	case e.gold == "" && got == "":
		return "right, none"
	case e.gold == "":
		return "claimant where none"
	case trainset.SameClaimant(e.gold, got):
		return "right"
	case strings.Contains(e.gold, ";"):
		return "several wanted"
	case got == "" && anyPos(e):
		return "empty, a candidate was right"
	case got == "":
		return "empty, no candidate"
	case partial(got, e.gold):
		return "partial span"
	case anyPos(e):
		return "wrong, a candidate was right"
	}
	return "wrong, no candidate"
}

// partial reports whether one name holds the other's words (case ignored).
func partial(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	return strings.Contains(a, b) || strings.Contains(b, a)
}

// anyPos reports whether any candidate of e is right.
func anyPos(e example) bool {
	for _, p := range e.pos {
		if p {
			return true
		}
	}
	return false
}

// inPart keeps the examples of the training articles of part: "write",
// "check" (trainset.CheckArticle) or "" (all).
func inPart(exs []example, part string) ([]example, error) {
	if part == "" {
		return exs, nil
	}
	if part != "write" && part != "check" {
		return nil, fmt.Errorf("-part %q: want write or check", part)
	}
	var out []example
	for _, e := range exs {
		corpus, file, _ := strings.Cut(e.article, "/")
		if trainset.CheckArticle(corpus, file) == (part == "check") {
			out = append(out, e)
		}
	}
	return out, nil
}

// diagnose prints the counts of each kind of loss among the news units of
// exs and up to n examples of each.
func diagnose(exs []example, n int) {
	count := map[string]int{}
	shown := map[string]int{}
	var with int
	for _, e := range exs {
		if e.quote {
			k := "quotation " + quoteKind(e)
			count[k]++
			if shown[k] < n && k != "quotation right" {
				shown[k]++
				fmt.Printf("[%s] want %q got %q flags %s cands %q\n", k, e.gold, e.names[e.rules], unitFlags(e), e.names[1:])
			}
			continue
		}
		if e.gold != "" {
			with++
		}
		k := lossKind(e)
		count[k]++
		if shown[k] < n && (n >= 100000 || !strings.HasPrefix(k, "right")) {
			shown[k]++
			fmt.Printf("[%s] %s want %q got %q flags %s cands %q\n    %s\n", k, e.article, e.gold, e.names[e.rules], unitFlags(e), e.names[1:], clipText(e.text, 300))
		}
	}
	var kinds []string
	for k := range count {
		kinds = append(kinds, k)
	}
	sort.Slice(kinds, func(i, j int) bool { return count[kinds[i]] > count[kinds[j]] })
	fmt.Printf("news units with a claimant: %d\n", with)
	for _, k := range kinds {
		fmt.Printf("%-32s %5d\n", k, count[k])
	}
}

// clipText returns s with its white space collapsed, cut to n bytes with
// "…" when longer.
func clipText(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}

// unitFlags names the facts of the unit the none candidate's features
// hold: V a verb of saying, Q a quotation, K Konjunktiv I, F first person,
// and whether the gold claimant is a candidate named in the unit (I).
func unitFlags(e example) string {
	x := e.x[0]
	var b strings.Builder
	for _, f := range [...]struct {
		name string
		c    byte
	}{{"none, verb", 'V'}, {"none, quotation", 'Q'}, {"none, Konjunktiv I", 'K'}, {"none, first person", 'F'}, {"none, paragraph start", 'P'}} {
		if x[featureIndex(f.name)] > 0 {
			b.WriteByte(f.c)
		}
	}
	for i := 1; i < len(e.names); i++ {
		if e.pos[i] && e.x[i][featureIndex("in unit")] > 0 {
			b.WriteByte('I')
		}
	}
	if b.Len() == 0 {
		return "-"
	}
	return b.String()
}

// quoteKind names how the rules' answer of an annotated quotation's unit
// compares with its speaker.
func quoteKind(e example) string {
	switch {
	case e.pos[e.rules] && e.rules > 0:
		return "right"
	case e.rules == 0 && anyPos(e):
		return "empty, a candidate was right"
	case e.rules == 0:
		return "empty, no candidate"
	case anyPos(e):
		return "wrong, a candidate was right"
	}
	return "wrong, no candidate"
}
