package extract

import "testing"

// TestRoleLookupAllocsDE checks that looking up the person named with a
// German role or person noun (roleHolderDE, titledHolderDE) finds the
// same person as the keys it was noted under (roleWordKeyDE,
// noteTitledDE) and builds no key on the heap: the key is a part of the
// word with "#" before it, joined on the stack. titledHolderDE built its
// keys as a slice of new strings (2 and 4 allocations here) before
// titledStemsDE.
func TestRoleLookupAllocsDE(t *testing.T) {
	d := &docState{}
	d.register("Ilka Marwede", 'f')
	d.noteRole(roleWordKeyDE("bezirksbürgermeisterin"), "Ilka Marwede")
	d.noteTitledDE("stadtförsterin", "Ilka Marwede")
	var z tokenizer
	tok := z.tokenize("Bezirksbürgermeisterin", lexDE)[0]
	cases := []struct {
		name string
		f    func() string
	}{
		{"roleHolderDE", func() string { return d.roleHolderDE(&tok, "bürgermeisterin") }},
		{"titledHolderDE", func() string { return d.titledHolderDE("stadtförsterin") }},
		{"titledHolderDE, genitive", func() string { return d.titledHolderDE("stadtförsterins") }},
	}
	for _, c := range cases {
		if got := c.f(); got != "Ilka Marwede" {
			t.Errorf("%s = %q, want Ilka Marwede", c.name, got)
		}
		if n := testing.AllocsPerRun(50, func() { c.f() }); n != 0 {
			t.Errorf("%s allocates %v times, want 0", c.name, n)
		}
	}
	if w, b := titledStemsDE("abc-bildhauers"); w != "bildhauer" || b != "bildhauer" {
		t.Errorf("titledStemsDE(abc-bildhauers) = %q, %q", w, b)
	}
}

// TestNoteTitledAllocsDE checks that noteTitledDE notes a person noun's
// keys (whole, and without the genitive ending), that noting the same
// person again builds no key on the heap, and that another person is
// noted over the first.
func TestNoteTitledAllocsDE(t *testing.T) {
	d := &docState{}
	d.register("Tim Vogt", 'm')
	d.noteTitledDE("abc-bildhauerins", "Tim Vogt")
	for _, k := range []string{"#bildhauerins", "#bildhauerin"} {
		if got := d.roles[k]; got != "Tim Vogt" {
			t.Errorf("roles[%q] = %q, want Tim Vogt", k, got)
		}
	}
	if n := testing.AllocsPerRun(50, func() { d.noteTitledDE("abc-bildhauerins", "Tim Vogt") }); n != 0 {
		t.Errorf("noting the same person again allocates %v times, want 0", n)
	}
	d.noteTitledDE("bildhauerin", "Eva Roth") // another person with the same noun: noted over the first
	if got := d.roles["#bildhauerin"]; got != "Eva Roth" {
		t.Errorf("after another person, roles[#bildhauerin] = %q, want Eva Roth", got)
	}
}
