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
