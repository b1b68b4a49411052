package extract

import "testing"

// TestHeadlineSourceEN checks a wire headline that names its source after
// a colon or a dash, and headlines that end with a columnist's name, a
// section label or a full sentence, which name none.
func TestHeadlineSourceEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Port of Kelby plans to double ferry fees: official":            "official",
		"Harbor support for the mayor slips - Tide News/Marlow poll":    "Tide News/Marlow poll",
		"Ferry talks near a deal: lawmakers":                            "lawmakers",
		"Why the harbor tax is a mistake: Ann Lerwick":                  "",
		"Full coverage: the harbor strike":                              "",
		"The port will raise its fees next year: the board has agreed.": "",
	})
}
