package extract

import "testing"

// TestEpithetAfterEN checks an epithet after the verb of saying: the
// person the text gave that role, else the person last quoted; not when
// a name follows the epithet, and "told the senator" is an addressee.
func TestEpithetAfterEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Sen. Dora Vance toured the pier. “The bridge will cost us all,” said the senator.":                    "Dora Vance",
		"“We lost,” Dora Vance said. “The bridge will cost us all,” said the Green nominee.":                   "Dora Vance",
		"“We lost,” Dora Vance said. “The bridge will cost us all,” said the former senator, who ran in 2010.": "Dora Vance",
		"“We lost,” Dora Vance said. “The bridge will cost us all,” said the senator, Ruth Okafor.":            "", // not Dora Vance: the name after the epithet is someone else
		"Sen. Dora Vance toured the pier. “It is late,” Ruth Okafor told the senator.":                         "Ruth Okafor",
	})
}
