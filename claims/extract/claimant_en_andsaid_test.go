package extract

import "testing"

// TestCoordinatedSpeakerEN checks a verb of saying joined by "and" or
// "but" to the verb of a plain main clause: it shares that clause's
// subject; not after a passive, a perfect, a relative clause, a fronted
// phrase, or with an object noun after it.
func TestCoordinatedSpeakerEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Tom Bell opened the pier in May. He smiled at the crowd and said the tolls would fall.":                          "Tom Bell",
		"Tom Bell opened the pier in May. Bell shook his head but insisted the tolls would fall.":                         "Tom Bell",
		"Tom Bell opened the pier in May. He was released on bail and denies any wrongdoing.":                             "Tom Bell",
		"Tom Bell opened the pier in May. He has praised the crew and argued that the tolls would fall.":                  "",
		"Tom Bell opened the pier in May. He was later fired and charged with fraud.":                                     "",
		"Tom Bell opened the pier in May. He lived in Boston and wrote his thesis on ferry tolls.":                        "",
		"Tom Bell opened the pier in May. In the spring, he sat down with a reporter and said he would run.":              "",
		"Tom Bell opened the pier in May. Harborwatch obtained the video and said the tolls were illegal.":                "Harborwatch",
		"Tom Bell opened the pier in May. Worried parents got messages and said the pier was unsafe.":                     "",
		"The Harborage appeared to downplay any plans to close the pier, but acknowledged detailed contingency planning.": "Harborage",
	})
}
