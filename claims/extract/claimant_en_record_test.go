package extract

import "testing"

// TestRecordLabelEN checks a parliament's record (invented turns): a
// member's title, name, seat and party before the colon; a minister's
// office with the name in brackets; a later "Title Surname:" label; the
// turn going on to its paragraph's end; a name in brackets in news names
// nobody.
func TestRecordLabelEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Mrs Ann Lorrimer (Kelmoor East) (Lab): The Kelmoor depot closed in May.":                                                                                  "Ann Lorrimer",
		"Mr Owen Price (Hale) (Con): What the cost was.\n\nThe Minister for Roads (Ms Jo Tarrant): The bridge cost £42 million.":                                   "Jo Tarrant",
		"Mr Owen Price (Hale) (Con): What the cost was.\n\nThe Minister for Roads (Ms Jo Tarrant): The bridge cost £42 million. It opened in 2024.":                "Jo Tarrant",
		"Mr Owen Price (Hale) (Con): What the cost was.\n\nThe Minister for Roads (Ms Jo Tarrant): It cost £42 million.\n\nMr Price: The toll was raised in 2025.": "Owen Price",
		"The toll will rise in June.\n\nThe bridge (the longest in the county): It opened in 2024.":                                                                "",
	})
}
