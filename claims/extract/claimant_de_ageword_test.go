package extract

import "testing"

// TestAgeWordDE checks that an age before the noun of a subject leaves it a
// subject ("Die 61-jährige Stadträtin … hat angekündigt"), while a date in
// the Vorfeld still marks an adverbial.
func TestAgeWordDE(t *testing.T) {
	if !ageWordDE(&token{low: "61-jährige", flags: tNum}) || ageWordDE(&token{low: "2019", flags: tNum}) || ageWordDE(&token{low: "jährige"}) {
		t.Error("ageWordDE: only a number token of an age")
	}
	checkLast(t, "de", map[string]string{
		"Die 61-jährige Stadträtin Ines Vogt hat am Abend im Rathaus angekündigt, nicht mehr anzutreten.": "Ines Vogt",
		"Der 47-jährige Bürgermeister Bodo Kranz hat im Hafen erklärt, der Steg sei zu kurz.":             "Bodo Kranz",
	})
}

// TestAgedVorfeldDE checks "Der 58-Jährige" opening a sentence as the
// subject of a verb of saying: the person of that gender just named, as
// "sagt der 58-Jährige" after the verb.
func TestAgedVorfeldDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Fährmann Bodo Kranz kam am Montag. Der 58-Jährige erklärte, der Steg sei zu kurz.":      "Bodo Kranz",
		"Der Fährmann Bodo Kranz kam am Montag. Der 58-Jährige hatte gewarnt, der Steg sei zu kurz.": "Bodo Kranz",
		"Die Stadträtin Ines Vogt kam am Montag. Die 61-Jährige sagte, der Steg sei zu kurz.":        "Ines Vogt",
		"Die Stadträtin Ines Vogt kam am Montag. Der 58-Jährige sagte, der Steg sei zu kurz.":        "",
	})
}
