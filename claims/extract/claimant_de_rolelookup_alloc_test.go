package extract

import "testing"

// TestRoleLookupAllocsDE checks that looking up the person named with a
// German role or person noun (roleHolderDE, titledHolderDE) finds the
// same person as the keys it was noted under (roleWordKeyDE,
// titledKeysDE) and builds no key on the heap: the key is a part of the
// word with "#" before it, joined on the stack. titledHolderDE built its
// keys as a slice of new strings (2 and 4 allocations here) before
// titledStemsDE.
func TestRoleLookupAllocsDE(t *testing.T) {
	d := &docState{}
	d.register("Ilka Marwede", 'f')
	d.noteRole(roleWordKeyDE("bezirksbürgermeisterin"), "Ilka Marwede")
	for _, k := range titledKeysDE("stadtförsterin") {
		d.noteRole(k, "Ilka Marwede")
	}
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
