package extract

import "strings"

// datedCaptionEN reports whether an English unit ends with a date set off
// by a comma: ", July 17, 2017." or ", Friday, Nov. 15, 2019." closes a
// photo caption ("Ann Lee speaks at a rally in Harborton, Maine, U.S.,
// May 3, 2018."), which shows a scene and makes no claim. Running text
// puts a date after "on" or a verb, not after a comma at its very end.
func datedCaptionEN(toks []token) bool {
	i := len(toks) - 1
	for i >= 0 && toks[i].is(tPunct) && toks[i].p == '.' {
		i--
	}
	if i < 4 || !toks[i].is(tNum) || len(toks[i].low) != 4 || !(strings.HasPrefix(toks[i].low, "19") || strings.HasPrefix(toks[i].low, "20")) {
		return false
	}
	if toks[i-1].p != ',' || !toks[i-2].is(tNum) || len(toks[i-2].low) > 2 {
		return false
	}
	m := i - 3
	if toks[m].is(tPunct) && toks[m].p == '.' {
		m-- // "Nov."
	}
	if m < 1 || toks[m].cat&cMonth == 0 {
		return false
	}
	if m >= 3 && toks[m-1].p == ',' && toks[m-2].cat&cWeekday != 0 {
		m -= 2 // ", Friday, Nov. 15, 2019"
	}
	return toks[m-1].p == ','
}
