package extract

import "testing"

// TestKindNameEN checks a body named right after a noun for its kind,
// taken up by that noun later, and a description by another noun for a
// public body after a body quoted last.
func TestKindNameEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Trains will run late, the rail operator Kessel Lines said. The operator said the line would reopen on Friday.":           "Kessel Lines",
		"The water regulator Brightmoor Flow said prices would rise. The regulator said bills would go up by a tenth.":            "Brightmoor Flow",
		"Kessel Lines said trains will run late. The operator said the line would reopen on Friday.":                              "",
		"Roads were closed on Monday, the national transport agency said. The coastal office warned that the tide would be high.": "coastal office",
		"Roads were closed on Monday, the national transport agency said. The agency warned that the tide would be high.":         "national transport agency",
	})
}
