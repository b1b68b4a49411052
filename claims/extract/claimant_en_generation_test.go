package extract

import "testing"

// TestGenerationPersonEN checks that a name ending in a generational suffix
// in capitals ("III") has a person's form, so a later "he said" can refer
// to its bearer, while words in capitals elsewhere still make no person.
func TestGenerationPersonEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Tom Bell said the toll would rise. Judge Hugh Lane III said the pier was safe. “It will hold,” he said.": "Hugh Lane III",
	})
	d := &docState{en: true}
	for who, want := range map[string]bool{"Hugh Lane III": true, "Hugh Lane Jr.": true, "FULL TEXT": false, "Hugh III Lane": false} {
		if got := d.personLikeEN(who); got != want {
			t.Errorf("personLikeEN(%q) = %v, want %v", who, got, want)
		}
	}
}
