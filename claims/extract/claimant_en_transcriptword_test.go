package extract

import "testing"

// TestTranscriptWordEN checks a transcript announced in words ("a partial
// transcript follows") before its first turn: labels in capitals with no
// broadcasting role and no name given in full before are turns, the
// host's full name in capitals and a guest's surname alone; without the
// announcement such a label stays unread.
func TestTranscriptWordEN(t *testing.T) {
	lead := "On Sunday the governor, Edda Rowan, spoke about the flood barrier on a morning programme.\n\nA partial transcript follows.\n\n"
	checkLast(t, "en", map[string]string{
		lead + "PELL ARDRY: The barrier failed twice last winter.":                                                                          "Pell Ardry",
		lead + "PELL ARDRY: Welcome.\n\nROWAN: The barrier was built in 1998. It needs new gates.":                                          "Edda Rowan",
		lead + "PELL ARDRY: Welcome.\n\nROWAN: We met the engineers. The barrier was built in 1998.":                                        "Edda Rowan",
		lead + "PELL ARDRY: Welcome to the programme.\n\nROWAN: Thank you for having me.\n\nARDRY: Is the barrier safe for another winter?": "Pell Ardry",
		"On Sunday the governor, Edda Rowan, spoke about the barrier.\n\nROWAN: The barrier was built in 1998.":                             "",
	})
}
