package extract

import "testing"

// TestWentOnEN checks "went on to say" and "went on:" before a
// quotation: the subject of "went on" is the claimant.
func TestWentOnEN(t *testing.T) {
	lead := "Ann Lee spoke at the harbour on Monday.\n\n"
	checkLast(t, "en", map[string]string{
		lead + "Lee went on to say that the pier would reopen in May.":      "Ann Lee",
		lead + "She went on to argue that the toll was far too high.":       "Ann Lee",
		lead + "She went on: “The toll is far too high for the fishermen.”": "Ann Lee",
		lead + "The report went on to say that the pier was safe.":          "",
		lead + "The storm went on to flatten two sheds by the pier.":        "",
	})
}
