package extract

import "testing"

// TestDayPartEN checks a weekday with a part of the day between the
// subject and its verb of saying.
func TestDayPartEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Harbor spokesman Tom Bell on Thursday evening said the ferry would sail.": "Tom Bell",
		"Harbor spokeswoman Ann Lester Monday morning said the ferry would sail.":  "Ann Lester",
	})
}
