package extract_test

import (
	"testing"

	"claimdesk/claims/extract"
)

// TestClaimantPatterns checks single attribution patterns, each in a short
// invented text; the claimant of the last unit is compared.
func TestClaimantPatterns(t *testing.T) {
	cases := []struct{ name, lang, text, want string }{
		{"German body before its verb", "de", "Experten warnen vor einer zweiten Welle im Herbst.", "Experten"},
		{"German body after a quantifier and an auxiliary", "de", "Einige kleinere Parteien haben angekündigt, vor Gericht zu ziehen.", "kleinere Parteien"},
		{"German genitive body", "de", "Vertreter der Gewerkschaft argumentierten, die Löhne seien zu niedrig.", "Vertreter der Gewerkschaft"},
		{"German strong verb in the present", "de", "Die Ministerin Clara Weiß rät, die Pläne noch einmal zu prüfen.", "Clara Weiß"},
		{"German pronoun for the person named just before", "de", "Am Montag traf Jana Koch die Vertreter der Stadt. Sie nannte die Pläne unbezahlbar.", "Jana Koch"},
		{"German clause with wie", "de", "Die Mieten steigen weiter, wie Mieterverbände in Köln am Montag berichteten.", "Mieterverbände"},
		{"English verb of taking a position", "en", "Senator Anne Miller lamented the decision on Tuesday.", "Anne Miller"},
		{"English middle initial that is also an article", "en", "Jonas Reed and Anne A. Carter founded the firm. \"We grow slowly,\" Ms. Carter said.", "Anne A. Carter"},
		{"English name, apposition, verb", "en", "Anne Carter, a professor of law at the University of Kent, said the rule was new.", "Anne Carter"},
		{"English apposition, name, age, verb", "en", "The firm's lawyer, Jonas Reed, 61, told reporters the deal was void.", "Jonas Reed"},
		{"English title-case headline", "en", "Anne Miller Slams New Tax Plan", "Anne Miller"},
		{"no speaker", "de", "Die Preise stiegen im Mai um drei Prozent.", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			units := extract.Extract(c.text, extract.Options{Lang: c.lang})
			if len(units) == 0 {
				t.Fatalf("no units for %q", c.text)
			}
			if got := units[len(units)-1].Claimant; got != c.want {
				t.Errorf("%q: claimant %q, want %q", c.text, got, c.want)
			}
		})
	}
}
