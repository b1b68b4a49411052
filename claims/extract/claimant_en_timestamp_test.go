package extract

import "testing"

// TestTimeStampEN checks a live blog's entry that opens with the time it
// was posted: its speaker is read after the time.
func TestTimeStampEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Ferry strike: live updates\n\n14:05 A spokesman for the dock workers said the strike would last a week.":   "A spokesman for the dock workers",
		"Ferry strike: live updates\n\n9:40 a.m. A spokeswoman for the harbour board said the piers were closed.":   "A spokeswoman for the harbour board",
		"Ferry strike: live updates\n\n16:20 – A spokesman for the dock workers said the strike would last a week.": "A spokesman for the dock workers",
	})
}

// TestTimeStampEndEN checks where a time that opens a unit ends.
func TestTimeStampEndEN(t *testing.T) {
	var z tokenizer
	for text, want := range map[string]int{
		"10:32 A spokesman said it.":        3,
		"9:05 a.m. The board said it.":      5,
		"16:20 - The board said it.":        4,
		"10:32 was the time it happened.":   0,
		"At 10:32 the board said it.":       0,
		"2024: The board said it was late.": 0,
	} {
		if got := timeStampEndEN(z.tokenize(text, lexEN), text); got != want {
			t.Errorf("%q: %d, want %d", text, got, want)
		}
	}
}
