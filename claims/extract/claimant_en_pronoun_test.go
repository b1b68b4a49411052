package extract

import "testing"

// TestPronounInUnitEN checks that a pronoun speaking late in its sentence
// refers to the person the sentence opened with, not to the speaker of an
// earlier sentence, unless that person was the object of a preposition
// or a participle.
func TestPronounInUnitEN(t *testing.T) {
	const before = "Tom Reyes runs the harbor office. “The pier must close,” said Dan Whitley. "
	checkLast(t, "en", map[string]string{
		before + "Reyes skipped the meeting, but he said the pier would stay open.":               "Tom Reyes",
		before + "Speaking to Reyes on Monday, he said the pier would stay open.":                 "Dan Whitley",
		before + "Praising Reyes as a good manager, he said the pier would stay open.":            "Dan Whitley",
		before + "The pier will stay open, he said.":                                              "Dan Whitley",
		"Ms. Ann Lee spoke first. Mr. Tom Reyes skipped the meeting, but she said it was a loss.": "Ann Lee",
	})
}

// TestPrevNarratedEN checks that a pronoun speaking right after a
// sentence that narrates what a person did, with no claimant of its own,
// refers to that person (also named by surname alone), not to the
// speaker quoted before; after a sentence with a claimant it keeps the
// speaker.
func TestPrevNarratedEN(t *testing.T) {
	const before = "“The pier must close,” Dan Whitley said. Tom Reyes runs the harbor office. "
	checkLast(t, "en", map[string]string{
		before + "Reyes thanked the crowd at the pier. “We will stay open,” he said.":      "Tom Reyes",
		before + "Tom Reyes thanked the crowd at the pier. “We will stay open,” he said.":  "Tom Reyes",
		before + "Reyes said the pier was old. “We will stay open,” he said.":              "Tom Reyes",
		"“The pier must close,” Dan Whitley said. “We will stay open,” he said.":           "Dan Whitley",
		"Mr. Tom Reyes runs the office. Ms. Ann Lee thanked the crowd. “We won,” he said.": "Tom Reyes",
	})
}

// TestQuotedNarratedEN checks that a quotation in the first person with
// no verb of saying, right after a sentence that narrates what a person
// did, is that person's; a quotation closed early is not (the last
// speaker's voice goes on), nor a headline in single quotation marks
// (which takes no claimant at all: quotedTitleEN).
func TestQuotedNarratedEN(t *testing.T) {
	const before = "“The pier must close,” Dan Whitley said. Ruth Okafor thanked the crowd at the pier. "
	checkLast(t, "en", map[string]string{
		before + "“We will keep it open.”":                         "Ruth Okafor",
		before + "‘We keep it open’":                               "",
		before + "“Open, always open” hung on our doors all week.": "Dan Whitley",
	})
	var z tokenizer
	for text, want := range map[string]bool{"“We will keep it open.”": true, "“Open” signs hung on our doors.": false} {
		if got := wholeQuoteEN(z.tokenize(text, lexEN), text); got != want {
			t.Errorf("wholeQuoteEN(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestNarratedTopicEN checks that a narrating sentence opened by "she"
// keeps the person it refers to for a "she said" that follows, and that
// two capitalised words are matched as one name before the surname alone.
func TestNarratedTopicEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"“It is full,” said Tom Reyes. Ruth Okafor runs the shelter. She also took in a cat. “We have no room,” she said.": "Ruth Okafor",
		"“It is full,” said Tom Reyes. Mike Reyes runs the shelter next door. “We have no room,” he said.":                 "Mike Reyes",
	})
	for text, want := range map[string]byte{"There, she served soup.": 'f', "But he left.": 'm', "On a cold Monday, she left.": 'f', "The pier is old.": 0} {
		var z tokenizer
		if got := openingPronounEN(z.tokenize(text, lexEN)); got != want {
			t.Errorf("openingPronounEN(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestNarratedArticleEN checks that a name after an article in the
// narrating sentence is no person a following "he said" refers to.
func TestNarratedArticleEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"“It is full,” said Tom Reyes. The Harbor Trust thanked the crowd. “We have no room,” he said.":   "Tom Reyes",
		"“It is full,” said Tom Reyes. The Harbor Trust is closed, but he said the pier would stay open.": "Tom Reyes",
	})
}

// TestPrevBodyClaimEN checks that after a sentence whose claimant is a
// body, "he said" refers to the person that sentence named, not to the
// body.
func TestPrevBodyClaimEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"“It is full,” said Tom Reyes. Ruth Okafor will lead the pier, the Harbor Foundation said. “We have room,” she said.": "Ruth Okafor",
	})
}

// TestNarratedObjectEN checks that a person named as the object of a
// preposition in the narrating sentence is not the one a following "he
// said" refers to: the sentence's subject is.
func TestNarratedObjectEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"“It is full,” said Ann Lee. After a call with Ruth Okafor, Tom Reyes closed the pier. “We have no room,” he said.": "Tom Reyes",
	})
}
