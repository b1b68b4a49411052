package extract

import "testing"

// TestLowerAllocsDE checks that four German claimant steps that lower a
// capitalised word to look it up (adverbClaimantDE, docCompoundDE,
// knownTailDE, titledClaimantDE) answer as before and lower it on the
// stack: strings.ToLower made a new string of every such word.
func TestLowerAllocsDE(t *testing.T) {
	d := &docState{}
	d.register("Ilka Marwede", 'f')
	d.noteTitledDE("stadtförsterin", "Ilka Marwede")
	cases := []struct {
		name, got, want string
		f               func()
	}{
		{"adverbClaimantDE", d.adverbClaimantDE("Offenbar"), "", func() { d.adverbClaimantDE("Offenbar") }},
		{"docCompoundDE", map[bool]string{true: "yes"}[docCompoundDE("Prüfbericht")], "yes", func() { docCompoundDE("Prüfbericht") }},
		{"knownTailDE", d.knownTailDE("Offizieller Fanklub Ilka Marwede"), "", func() { d.knownTailDE("Offizieller Fanklub Ilka Marwede") }},
		{"titledClaimantDE", d.titledClaimantDE("Stadtförsterin"), "Ilka Marwede", func() { d.titledClaimantDE("Stadtförsterin") }},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
		}
		if n := testing.AllocsPerRun(50, c.f); n != 0 {
			t.Errorf("%s allocates %v times, want 0", c.name, n)
		}
	}
}

// TestLowerInCallers checks that the steps that looked a word up by
// m[strings.ToLower(w)] and now by lowerIn (or lower it on the stack)
// answer from the lower-case word, in upper and mixed case, without
// allocating.
func TestLowerInCallers(t *testing.T) {
	cases := []struct {
		name      string
		got, want bool
		f         func()
	}{
		{"saxonThingDE", saxonThingDE("MITTEILUNG"), true, func() { saxonThingDE("Mitteilung") }},
		{"isAbbrev", isAbbrev("BZW"), true, func() { isAbbrev("Bürgermeisterin") }},
		{"indefiniteSpeakerEN", indefiniteSpeakerEN("EveryBody") == "", true, func() { indefiniteSpeakerEN("Everybody") }},
		{"properAdjEnDE", properAdjEnDE("Bundesweiten"), false, func() { properAdjEnDE("Bayerischen") }},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("%s: %v, want %v", c.name, c.got, c.want)
		}
		if n := testing.AllocsPerRun(50, c.f); n != 0 {
			t.Errorf("%s allocates %v times, want 0", c.name, n)
		}
	}
}

// TestChooserWordsLower checks that the chooser's title tests (titlesOnly,
// stripTitles) find a capitalised word the text writes in lower case, and
// split and lower the name without allocating.
func TestChooserWordsLower(t *testing.T) {
	c := &chooser{}
	c.common.add("staff")
	c.notFirst.add("Landrat")
	if !c.titlesOnly("Staff Landrat") || c.titlesOnly("Staff Ana") {
		t.Errorf("titlesOnly: %v, %v; want true, false", c.titlesOnly("Staff Landrat"), c.titlesOnly("Staff Ana"))
	}
	if got := c.stripTitles("Staff Ana Ruiz"); got != "Ana Ruiz" {
		t.Errorf("stripTitles = %q, want Ana Ruiz", got)
	}
	for name, f := range map[string]func(){
		"titlesOnly":  func() { c.titlesOnly("Staff Landrat") },
		"stripTitles": func() { c.stripTitles("Staff Ana Ruiz") },
	} {
		if n := testing.AllocsPerRun(50, f); n != 0 {
			t.Errorf("%s allocates %v times, want 0", name, n)
		}
	}
}
