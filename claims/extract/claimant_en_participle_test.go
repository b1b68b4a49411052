package extract

import "testing"

// TestParticipleSpeakerEN checks that a participle of a verb of saying
// after a comma takes the subject of the main clause as its speaker,
// after a fronted phrase and behind a description, but not across a
// semicolon, and not for a verb of feeling.
func TestParticipleSpeakerEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Gov. Ruth Okafor toured the pier. In a letter to the council, Okafor accepted the delay, saying she had no choice.": "Ruth Okafor",
		"Mr. Dan Whitley ran the port. Whitley resigned, arguing the board had failed.":                                      "Dan Whitley",
		"Harbor director Dan Whitley closed the pier, noting that the rails were unsafe.":                                    "Dan Whitley",
		"Mr. Dan Whitley ran the port. The port lost money; Whitley resigned, arguing the board had failed.":                 "",
		"Dan Whitley fed the ducks, fearing they would starve.":                                                              "",
		"Sen. Tom Bell toured the state. Here in Harbor City, Bell stepped up his attacks, saying the toll was too high.":    "Tom Bell",
	})
	for w, want := range map[string]bool{"saying": true, "insisting": true, "fearing": false, "praising": false, "say": false} {
		if got := sayingIngEN(w); got != want {
			t.Errorf("sayingIngEN(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestByParticipleEN checks a participle of saying after "by" in the main
// clause ("ended her speech by saying …"), and that one inside another
// clause, one of a possible act, or "by urging" names no speaker.
func TestByParticipleEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Ann Lee ended her speech by saying the tax would cost 40 jobs.":                                     "Ann Lee",
		"Ann Lee spoke on Monday. She responded by noting that 40 jobs were lost.":                           "Ann Lee",
		"Ann Lee spoke on Monday. Tom Bell is asking whether Lee misled voters by saying 40 jobs were lost.": "",
		"Ann Lee could fight the charge, perhaps by arguing that 40 jobs were lost.":                         "",
		"Ann Lee abused her office by urging the board to cut 40 jobs.":                                      "",
	})
}

// TestTimeParticipleEN checks a participle of saying after a conjunction
// of time in the main clause ("… before saying …"), a fronted phrase
// behind "though", and that one inside another clause names no speaker.
func TestTimeParticipleEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Ann Lee took no questions before saying the plant would close.":                                         "Ann Lee",
		"Ann Lee praised the board while noting that 40 jobs were lost.":                                         "Ann Lee",
		"During the hearing, though, asked about the plant, Ann Lee demurred, saying 40 jobs were safe.":         "Ann Lee",
		"Ann Lee spoke on Monday. Tom Bell is asking whether Lee misled voters before saying 40 jobs were lost.": "",
	})
}
