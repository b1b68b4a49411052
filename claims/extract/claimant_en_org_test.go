package extract

import "testing"

// TestOrgNameEN checks the names of bodies, which "he" and "she" do not
// refer to, against people's names.
func TestOrgNameEN(t *testing.T) {
	for in, want := range map[string]bool{
		"Tax Foundation": true, "Ohio Department of Health": true, "Harbor Daily News": true, "Harbor Institute": true,
		"Ruth Okafor": false, "Dan Whitley": false, "Tom Post Alder": false,
	} {
		if got := orgNameEN(in); got != want {
			t.Errorf("orgNameEN(%q) = %v, want %v", in, got, want)
		}
	}
	checkLast(t, "en", map[string]string{
		"Dan Whitley spoke first. “Taxes will rise,” the Harbor Tax Foundation said. “We will fight it,” he said.": "Dan Whitley",
	})
}

// TestBodyKeepsAdjectiveEN checks that the name of a body keeps its first
// word though the text also writes it in lower case, while a title before
// a person's name goes.
func TestBodyKeepsAdjectiveEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The economic data came out on Monday. Wages fell, the Economic Harbor Institute said.": "Economic Harbor Institute",
	})
}

// TestBodyRefEN checks that "the company said" names the body the text
// quoted last, and not a person quoted last.
func TestBodyRefEN(t *testing.T) {
	for w, want := range map[string]bool{"company": true, "airline": true, "newspaper": true, "mayor": false, "critics": false} {
		if got := bodyNounEN(w); got != want {
			t.Errorf("bodyNounEN(%q) = %v, want %v", w, got, want)
		}
	}
	checkLast(t, "en", map[string]string{
		"Harborlink said on Monday it would close the pier. The company said it regretted the decision.": "Harborlink",
		"Ruth Okafor said on Monday the pier would close. The company said it regretted the decision.":   "", // no body quoted: not Ruth Okafor, and no common noun (bareBodyNounEN)
	})
}
