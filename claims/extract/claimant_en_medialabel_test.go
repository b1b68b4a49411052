package extract

import "testing"

// TestMediaLabelEN checks that a file-photo caption and a video player's
// text name no speaker, while a sentence about a photo does.
func TestMediaLabelEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"FILE PHOTO: Harbor Mayor Dora Vance announces a new pier plan in Harbor City, May 2, 2019.":                     "",
		"JUST WATCHED Dora Vance defends pier plan Replay More Videos ... MUST WATCH Dora Vance defends pier plan 03:28": "",
		"Dora Vance announced a new pier plan on Monday.":                                                                "Dora Vance",
	})
}
