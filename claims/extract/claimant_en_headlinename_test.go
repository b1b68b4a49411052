package extract

import "testing"

// TestHeadlineNameEN: a word before a surname at the start of the
// headline is no first name when the text names the person in full
// below, with another first word, and never repeats the headline's form.
func TestHeadlineNameEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Smiling Lee returns to the harbor\n\nAnn Lee won the ferry board seat on Tuesday. Lee said the piers would reopen.":         "Ann Lee",
		"Ann Lee wins the harbor race\n\nAnn Lee won the race on Tuesday. Her son Tom Lee cheered. Lee said the piers would reopen.": "Ann Lee",
	})
	p := person{name: "Sarah Lee", opening: true}
	if headlineOnlyEN(&p, "Sarah") || !headlineOnlyEN(&p, "Ann") {
		t.Errorf("headlineOnlyEN: the same first word keeps the surname, another takes it")
	}
}
