package extract

import "testing"

// TestRelativeSubjectEN checks an English subject set off from its verb
// of saying by a relative clause or an apposition, after a dateline or a
// lower-case office, and a place after a preposition, which is none.
func TestRelativeSubjectEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"HARBORTON (AP) — Former Gov. Lena Marsh, who ran for mayor in 2016, said Friday that the plan had failed.": "Lena Marsh",
		"Port authority adviser Dan Whitley, who joined the board in May, said the pier would close.":               "Dan Whitley",
		"City council member Ruth Okafor, a Democrat from the east side, said the budget was short.":                "Ruth Okafor",
		"In Harborton, the mayor, a Democrat, said the road was closed.":                                            "",
	})
}

// TestRelativeQuotedCommaEN checks that a comma inside a quotation before
// the speaker opens no apposition, while a quotation inside the
// apposition leaves it one.
func TestRelativeQuotedCommaEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"“Sadly, a lot of towns have given up on the buses,” Ruth Okafor, former commissioner for Transport, told the paper.": "Ruth Okafor",
		"Dan Whitley, who called the plan “a mess, frankly,” said the pier would close.":                                      "Dan Whitley",
	})
}

// TestPersonBeforeBodyEN checks a speaker placed in a body by "of", "at"
// or "with" before the verb: the person, not the body, speaks.
func TestPersonBeforeBodyEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Dan Whitley wrote a report. Prices will fall, Dan Whitley of the Institute for Harbor Studies told reporters.": "Dan Whitley",
		"Ruth Okafor joined in May. “It will be hard,” Okafor at Harbor Watch says.":                                    "Ruth Okafor",
		"Prices will fall, the Institute for Harbor Studies said.":                                                      "Institute for Harbor Studies",
		"The survey ended in May. Professor Ruth Okafor of the Harbor Institute said the results were clear.":           "Ruth Okafor",
		"The survey ended in May. Dr. Ruth Okafor of the Harbor Institute said the results were clear.":                 "Ruth Okafor",
	})
}

// TestSubjectEndEN checks an English subject set off from its verb of
// saying by a day or a party in parentheses.
func TestSubjectEndEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Sen. Ruth Okafor (D-Ore.) said the bill would fail.":         "Ruth Okafor",
		"Dan Whitley on Tuesday said the pier would close.":           "Dan Whitley",
		"Attorney General Tom Alder (R) on Monday said he would sue.": "Tom Alder",
	})
}

// TestRelativeBeforeAppositionEN checks that a name inside a relative
// clause ("who lost her son, Tom,") is not taken for the subject.
func TestRelativeBeforeAppositionEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Former Gov. Ruth Okafor, who lost her son, Tom, in the flood, said the pier must close.": "Ruth Okafor",
		"Her aide, Dan Whitley, said the pier must close.":                                        "Dan Whitley",
	})
}

// TestInterjectedAdverbEN checks a subject set off from its verb of
// saying by an adverb between commas.
func TestInterjectedAdverbEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Harbor pastor Dan Whitley, however, said he would welcome the mayor.": "Dan Whitley",
		"Ruth Okafor, meanwhile, said the pier would close.":                   "Ruth Okafor",
	})
}

// TestConjoinedRelativeEN checks two names joined by "and" before a
// relative clause: both speak.
func TestConjoinedRelativeEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Dan Whitley and Ruth Okafor, who is also a TV analyst, said the events raised profound issues.": "Dan Whitley; Ruth Okafor",
	})
}

// TestBodyAppositionEN checks a body after "the" set off from its verb by
// a possessive apposition, and a body after a preposition, which is none.
func TestBodyAppositionEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"“The pier must close,” the Harbor Daily, Ohio’s oldest newspaper, said in an editorial.": "Harbor Daily",
		"Dan Whitley works at the Harbor Institute, a think tank, and says the pier must close.":  "Dan Whitley",
	})
}

// TestFinalVerbEN checks that a verb of saying ending the sentence after
// a comma attributes it, before an earlier verb inside it, while a medium
// that reports does not.
func TestFinalVerbEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"At dinner, Dan Whitley told the mayor to expect changes, one aide said.":     "one aide",
		"Ruth Okafor told the council the pier would close, the Harbor Post reports.": "Ruth Okafor",
	})
}

// TestAgeAppositionEN checks a subject set off from its verb by an age
// after a quotation inside the sentence.
func TestAgeAppositionEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"After lamenting “the almighty dollar,” Okafor, 44, urged viewers to visit the pier.": "Okafor",
	})
}

// TestRoleAppositionEN checks a subject set off from its verb by an
// apposition opened by a role without an article.
func TestRoleAppositionEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Port authority head Dan Whitley and Ruth Okafor, chair of the harbor committee, said the pier would close.": "Dan Whitley; Ruth Okafor",
	})
}

// TestAppositionOwnerEN checks that an apposition found as the claimant
// gives way to the name it describes.
func TestAppositionOwnerEN(t *testing.T) {
	d := &docState{en: true}
	var z tokenizer
	text := "Ruth Okafor, a professor of law at Harbor University, said the pier would close."
	toks := z.tokenize(text, lexEN)
	for who, want := range map[string]string{
		"a professor of law at Harbor University,": "Ruth Okafor",
		"law at Harbor University,":                "law at Harbor University",
	} {
		if got := d.appositionOwnerEN(toks, text, who, lexEN); got != want {
			t.Errorf("appositionOwnerEN(%q) = %q, want %q", who, got, want)
		}
	}
}
