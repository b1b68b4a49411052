package extract

import "testing"

// TestRefineAllocsDE checks that four German steps that run on every unit
// or claimant allocate nothing in the common case: properAdjNominativeDE
// and spokesGenericDE split a claimant on the stack (fieldsInto),
// noteAdjectivalRoleDE and noteAdjectivalAppositionDE build a key only
// for a holder they note (adjectivalRoleStemDE), and quotedPhraseNameDE
// joins a quotation mark and the claimant only when the unit has that mark.
// The answers are checked too (the rules' own tests check the rest); the
// claimants pass the pre-checks before the split but need no lower-case
// copy (strings.ToLower of a word with capitals allocates).
func TestRefineAllocsDE(t *testing.T) {
	var z tokenizer
	const text = "Laut der Norddeutschen Zeitung hatte die Wehrbeauftragte des Landtags keine Zeit für den Vorsitzenden Ole Brink."
	toks := z.tokenize(text, lexDE)
	d := &docState{}
	d.noteCaps(toks) // as attribute does for every German unit: the note loops read the list (capsOf)
	derDes := linksOf(toks).derDes
	cases := []struct {
		name string
		f    func() string
		want string
	}{
		{"properAdjNominativeDE", func() string { return properAdjNominativeDE(toks, text, "Kieler Rundschau Nord") }, "Kieler Rundschau Nord"},
		{"spokesGenericDE", func() string { return d.spokesGenericDE("sprecher des Unternehmens") }, "sprecher des Unternehmens"},
		{"noteAdjectivalRoleDE", func() string { d.noteAdjectivalRoleDE(toks, text); return "" }, ""},
		{"noteAdjectivalAppositionDE", func() string { d.noteAdjectivalAppositionDE(toks, text, lexDE, derDes); return "" }, ""},
		{"quotedPhraseNameDE", func() string { return quotedPhraseNameDE(text, "Bundesverband der Norddeutschen Zeitungsleser") }, "Bundesverband der Norddeutschen Zeitungsleser"},
	}
	for _, c := range cases {
		if got := c.f(); got != c.want {
			t.Errorf("%s = %q, want %q", c.name, got, c.want)
		}
		if n := testing.AllocsPerRun(50, func() { c.f() }); n != 0 {
			t.Errorf("%s allocates %v times, want 0", c.name, n)
		}
	}
	if len(d.roles) != 0 {
		t.Errorf("roles noted: %v, want none", d.roles)
	}
	if got := properAdjNominativeDE(toks, text, "Norddeutschen Zeitung"); got != "Norddeutsche Zeitung" {
		t.Errorf("properAdjNominativeDE = %q, want %q", got, "Norddeutsche Zeitung")
	}
}

// TestAdjectivalRoleStemDE checks adjectivalRoleKeyDE, now built on
// adjectivalRoleStemDE, on invented nouns and other words.
func TestAdjectivalRoleStemDE(t *testing.T) {
	for low, want := range map[string]string{
		"wehrbeauftragten": "%wehrbeauftragte", "wehrbeauftragte": "%wehrbeauftragte",
		"vorsitzenden": "%vorsitzende", "vorsitzende": "%vorsitzende", "freiwilligen": "%freiwillige",
		"angehörige": "%angehörige", "sachverständigen": "%sachverständige", "jugendlichen": "%jugendliche",
		"beamte": "", "stadtrat": "", "ex-abgeordnete": "", "kollegen": "", "": "",
	} {
		if got := adjectivalRoleKeyDE(low); got != want {
			t.Errorf("adjectivalRoleKeyDE(%q) = %q, want %q", low, got, want)
		}
	}
}
