package extract

import "testing"

// TestLeadBeforeFullNameEN checks a capitalised word before a full name
// the text gave ("the Real Ann Lee" in a book's title): no new person, so
// a later "Lee" stays the person the text named.
func TestLeadBeforeFullNameEN(t *testing.T) {
	d := &docState{en: true}
	d.registerName("Ann Lee", 0, false)
	if got := d.registerName("Real Ann Lee", 0, false); got != "Ann Lee" {
		t.Errorf("registerName(Real Ann Lee) = %q, want Ann Lee", got)
	}
	if p, ok := d.lookup("Lee"); !ok || p.name != "Ann Lee" {
		t.Errorf("lookup(Lee) = %v, want Ann Lee", p)
	}
	if got := d.registerName("Tom Bell", 0, false); got != "Tom Bell" {
		t.Errorf("registerName(Tom Bell) = %q, want Tom Bell", got)
	}
}
