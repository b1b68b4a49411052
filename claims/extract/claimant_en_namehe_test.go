package extract

import "testing"

// TestNameWordHeEN checks that a capitalised "He" after a capitalised
// word inside the sentence ends a name ("Liu He said") instead of
// naming the person quoted before, and that the pronoun stays one.
func TestNameWordHeEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		`Ann Lee said the pier was safe. Transport Minister Liu He told reporters that the strike was unnecessary.`: "Liu He",
		`Ann Lee said the pier was safe. Liu He said the government would not intervene.`:                           "Liu He",
		`Ann Lee said the pier was safe. Chinese Vice Premier Liu He said talks would continue.`:                    "Liu He",
		`Tom Lee said the pier was safe. Later he said talks would continue.`:                                       "Tom Lee",
	})
	var z tokenizer
	toks := z.tokenize("Tom Lee Says He Will Run", lexEN)
	if nameWordHeEN(toks, 3) {
		t.Errorf(`"He" before a capitalised word in a title-case headline read as a name`)
	}
}
