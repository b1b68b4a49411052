package extract

import "testing"

// TestDatedCaptionEN checks a photo caption closed by ", Month Day, Year."
// (with or without a weekday) as a unit without claimant; a date after
// "on" in running text keeps the speaker.
func TestDatedCaptionEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Harbor Mayor Tessa Brun speaks during a ferry fair at the town hall in Velden, Maine, U.S., May 3, 2018.":                    "",
		"Tessa Brun addresses a news conference where she announced she would not run again, in Velden, Maine, U.S., April 11, 2018.": "",
		"Tessa Brun answers questions from reporters at the pier in Velden, Maine, U.S., June 2, 2018.":                               "",
		"Tessa Brun addresses supporters at the pier in Velden, Maine, Friday, Nov. 15, 2019.":                                        "",
		"Tessa Brun said the ferry would run again on May 3, 2018.":                                                                   "Tessa Brun",
	})
}
