package extract

import "testing"

// TestFiguresShowEN checks figures a body published that "show": the body,
// also for "the figures showed" later; figures with no publisher named
// before give none.
func TestFiguresShowEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Burglaries fell by 8 percent last year, figures published by Eastshire Constabulary on Tuesday show.":                                                    "Eastshire Constabulary",
		"Burglaries fell by 8 percent, figures released by the Milford Water Board show. Bills rose by a fifth, the figures showed.":                              "Milford Water Board",
		"Burglaries fell by 8 percent, figures published by Eastshire Constabulary show. Car thefts rose. The figures also show a fall in the number of arrests.": "Eastshire Constabulary",
		"Car thefts rose by a fifth, the figures showed.":                             "",
		"Data from the Milford Water Board showed that bills rose by a fifth.":        "Milford Water Board",
		"Figures from Eastshire Constabulary show that burglaries fell by 8 percent.": "Eastshire Constabulary",
		"Data from 2019 show that burglaries fell by 8 percent.":                      "",
		// the body's name before the noun; forecasts issued on a day by a body
		"Milford Water Board figures show that bills rose by a fifth.":                                  "Milford Water Board",
		"The latest MWB data show that bills rose by a fifth.":                                          "MWB",
		"New figures show that bills rose by a fifth.":                                                  "",
		"Forecasts issued Wednesday by the Milford Water Board show that bills will rise by 8 percent.": "Milford Water Board",
	})
}
