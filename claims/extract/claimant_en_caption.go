package extract

import "strings"

// Photo captions in English news: "Ann Lee speaks at a news conference,
// Monday, Feb. 18, 2019, in Boston." A caption describes what the picture
// shows in the present tense and dates it in full; the person speaking in
// the picture makes no claim in the text.

// photoCaptionEN reports whether an English unit is a photo caption: its
// first verb of saying v is in the present tense ("speaks", "answers")
// and the unit dates the picture with weekday, month, day and year, or
// places a person in it (", left,", ", center,"). Running text reports
// speech in the past tense ("said Monday, Feb. 18, 2019"), which stays.
func photoCaptionEN(toks []token, verbs []int) bool {
	if len(verbs) == 0 {
		return false
	}
	v := &toks[verbs[0]]
	if v.cat&cAccording != 0 || !strings.HasSuffix(v.low, "s") || strings.HasSuffix(v.low, "ss") {
		return false
	}
	return fullDateEN(toks) || picturePlaceEN(toks)
}

// fullDateEN reports whether the tokens hold a date written with weekday,
// month, day and a four-digit year: "Monday, Feb. 18, 2019".
func fullDateEN(toks []token) bool {
	for i := range toks {
		if toks[i].cat&cWeekday == 0 || toks[i].low == "weekend" {
			continue
		}
		month := -1
		for j := i + 1; j < len(toks) && j <= i+3; j++ {
			if toks[j].cat&cMonth != 0 {
				month = j
				break
			}
		}
		if month < 0 {
			continue
		}
		for j := month + 1; j < len(toks) && j <= month+5; j++ {
			if t := &toks[j]; t.is(tNum) && len(t.low) == 4 && (strings.HasPrefix(t.low, "19") || strings.HasPrefix(t.low, "20")) {
				return true
			}
		}
	}
	return false
}

// picturePlaceEN reports whether the unit places a person in a picture
// with a position word set off by commas: "Ann Lee, left, speaks".
func picturePlaceEN(toks []token) bool {
	for i := 1; i+1 < len(toks); i++ {
		if toks[i-1].p != ',' || toks[i+1].p != ',' {
			continue
		}
		switch toks[i].low {
		case "left", "right", "center", "centre":
			return true
		}
	}
	return false
}
