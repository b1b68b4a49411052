package extract

import "testing"

// TestOfficeOfNameEN checks that an office written with "of" before a
// name gives the name as the speaker, while a body's name with "of" stays
// whole.
func TestOfficeOfNameEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"“We will talk about the pier tomorrow,” Harbor Board Chief of Staff Tom Reyes said on Sunday.": "Tom Reyes",
		"Port Secretary of State Kim Osei said the ferry would run again.":                              "Kim Osei",
		"“The pier is unsafe,” the Office for Harbor Safety said.":                                      "Office for Harbor Safety",
	})
	var z tokenizer
	for _, c := range []struct {
		text string
		k, e int
		want bool
	}{{"of Staff Tom Reyes", 1, 4, true}, {"of Harbor Safety", 1, 3, false}, {"of State Kim Osei", 1, 4, true}} {
		if got := officeOfNameEN(z.tokenize(c.text, lexEN), c.k, c.e); got != c.want {
			t.Errorf("officeOfNameEN(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
