package extract

import "testing"

// TestNameGroupEN checks a name and an unnamed group of people as one
// subject of a verb of saying: both are claimants, the group as written;
// not a name and one person ("his wife"), nor two groups.
func TestNameGroupEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Senator Greta Vardell and several state attorneys general have said they will sue the port.": "Greta Vardell; several state attorneys general",
		"Tom Brill and two other officials said the pier lost 5 ships in March.":                      "Tom Brill; two other officials",
		"Ann Quillon and her allies have repeatedly denied that the fund lost $4 million.":            "Ann Quillon; her allies",
		"Tom Brill and his wife said the pier lost 5 ships in March.":                                 "Tom Brill",
		"Residents and business owners said the pier lost 5 ships in March.":                          "Residents and business owners",
	})
}
