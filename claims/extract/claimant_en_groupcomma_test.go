package extract

import "testing"

// TestGroupAfterCommaEN checks (invented news) that a capitalised word in
// -s between commas before a verb of saying is a name, not a plural noun
// of a group opening its clause: "Tom Alder, who lost his mother,
// Frances, said" is Tom Alder's statement, as with "his husband, Frank".
func TestGroupAfterCommaEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Tom Alder, who lost his mother, Frances, said the pier must close.": "Tom Alder",
		"Tom Alder, who lost his husband, Frank, said the pier must close.":  "Tom Alder",
		"Officials say the pier must close.":                                 "Officials",
		"The pier is old, and officials say it must close.":                  "officials",
	})
}
