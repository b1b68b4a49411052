package extract

import "testing"

// TestFrontedApposEN checks the subject behind a fronted phrase and an
// apposition without an article ("In July, Ann Lee, vice chair of …,
// told …"), and that a name opening the sentence stays the subject.
func TestFrontedApposEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"In July, Ann Lee, vice chairman of Harbor Foods, told reporters that the port is busy.": "Ann Lee",
		"Later, Tom Bell, a former mayor of Harbor City, said the toll would rise.":              "Tom Bell",
		"Ann Lee, vice chairman of Harbor Foods, said the port is busy.":                         "Ann Lee",
	})
}
