package extract

import (
	"fmt"
	"testing"
)

// TestFeatureRules checks each feature rule on its own: one small sentence
// (invented) in which the rule must fire with the given evidence, and one
// in which it must not.
func TestFeatureRules(t *testing.T) {
	cases := []struct {
		rule, lang, text string
		f                int
		ev               string // "" : the feature must stay 0
	}{
		{"phrase: opinion", "de", "Meiner Meinung nach ist das gut.", fOpinion, "Meiner Meinung"},
		{"phrase: according to", "en", "According to the report, prices rose.", fAttrib, "According to"},
		{"phrase: existence", "de", "Es gibt dort keine Schule.", fExist, "Es gibt"},
		{"number", "de", "Es kamen 38 Abgeordnete.", fNumber, "38 Abgeordnete"},
		{"quantity", "en", "Prices rose 4.2% in May.", fQuantity, "4.2%"},
		{"year is a date", "de", "Das war 2019 anders.", fDate, "2019"},
		{"no number", "de", "Das war damals anders.", fNumber, ""},
		{"date: day and month", "de", "Am 26. Februar kam er.", fDate, "26. Februar"},
		{"date: weekday", "en", "He left on Monday.", fDate, "on Monday"},
		{"date: last year", "de", "Sie kam letztes Jahr.", fDate, "letztes Jahr"},
		{"number word", "de", "Zwei Männer kamen.", fNumber, "Zwei"},
		{"unit after number word", "de", "Es waren drei Prozent.", fQuantity, "drei Prozent"},
		{"event: strong past", "de", "Die Preise stiegen stark.", fEvent, "stiegen"},
		{"event: -ed", "en", "The council approved it.", fEvent, "approved"},
		{"no event after a modal", "de", "Sie könnte das Urteil anfechten.", fEvent, ""},
		{"comparison: superlative", "de", "Es ist die höchste Zahl.", fCompare, "höchste"},
		{"comparison: more than", "en", "It is more than ten.", fCompare, "more than"},
		{"legal word", "en", "The court ruled.", fLegal, "court"},
		{"legal compound", "de", "Das Heizungsgesetz gilt.", fLegal, "Heizungsgesetz"},
		{"reported speech", "de", "Das sei falsch.", fReported, "sei"},
		{"cause", "en", "It fell because of rain.", fCausal, "because"},
		{"link", "en", "See https://example.org now.", fLink, "https"},
		{"opinion verb with first person", "de", "Ich selbst denke, das stimmt.", fOpinion, "denke"},
		{"opinion verb without", "de", "Er denkt, das stimmt.", fOpinion, ""},
		{"first person", "en", "I was there.", fFirstSing, "I"},
		{"we", "de", "Wir waren dort.", fFirstPl, "Wir"},
		{"second person", "de", "Du warst dort.", fSecond, "Du"},
		{"speculation", "en", "Prices might rise.", fModal, "might"},
		{"future", "de", "Sie wird kommen.", fFuture, "wird"},
		{"discourse at the start", "de", "Danke für den Hinweis.", fDiscourse, "Danke"},
		{"attribution", "de", "Das sei falsch, sagte sie.", fAttrib, "sagte"},
		{"quotation", "de", "Er nannte es „gut“.", fQuote, "„…“"},
		{"question", "en", "Is it true?", fQuestion, "?"},
		{"exclamation", "de", "Das ist es!", fExclaim, "!"},
		{"very short", "en", "Fine.", fShort, "1 words"},
		{"entity: name after a title", "de", "Es sprach Dr. Anna Berger.", fEntity, "Anna Berger"},
		{"entity: acronym", "de", "Die UN stimmte ab.", fEntity, "UN"},
		{"entity: English name", "en", "It was Smith who left.", fEntity, "Smith"},
		{"no entity: German noun", "de", "Die Regierung kam.", fEntity, ""},
		{"no checkable detail", "en", "That is nice.", fNoFact, "no number, date, event or rule"},
		{"speculation only", "de", "Die Opposition könnte klagen.", fSpecOnly, "könnte"},
		{"speculation with a figure", "de", "Die Preise könnten um 3 Prozent steigen.", fSpecOnly, ""},
		{"intention only", "en", "She will change the law.", fIntentOnly, "will"},
		{"intention after a past event", "en", "She said in 2019 she will go.", fIntentOnly, ""},
		{"lead-in", "en", "Only one of them voted against:", fLeadIn, ":"},
		{"lead-in before a closing quote", "de", "Er sagte: „Dazu gilt:“", fLeadIn, ":"},
		{"colon inside", "de", "Das Ergebnis: 5 Prozent.", fLeadIn, ""},
	}
	for _, c := range cases {
		var z tokenizer
		var a analysis
		analyze(&z, c.text, z.tokenize(c.text, lexFor(c.lang)), c.lang, &a)
		switch {
		case c.ev == "" && a.x[c.f] != 0:
			t.Errorf("%s: %q: %s = %v (%q), want 0", c.rule, c.text, featureNames[c.f], a.x[c.f], a.ev[c.f])
		case c.ev != "" && (a.x[c.f] == 0 || a.ev[c.f] != c.ev):
			t.Errorf("%s: %q: %s = %v with evidence %q, want %q", c.rule, c.text, featureNames[c.f], a.x[c.f], a.ev[c.f], c.ev)
		}
	}
}

func TestLengthRule(t *testing.T) {
	var z tokenizer
	var a analysis
	text := "Eins zwei drei vier fünf."
	analyze(&z, text, z.tokenize(text, lexDE), "de", &a)
	if a.words != 5 || a.x[fLength] <= 0 || a.x[fLength] >= 1 || a.x[fShort] != 0 {
		t.Fatalf("words %d, length %v, short %v", a.words, a.x[fLength], a.x[fShort])
	}
}

// TestShortWords checks fShort's evidence, made once, against the form it
// had (itoa), and on units of none to three invented words.
func TestShortWords(t *testing.T) {
	for n, w := range shortWords {
		if want := itoa(n) + " words"; w != want {
			t.Errorf("shortWords[%d] = %q, want %q", n, w, want)
		}
	}
	var z tokenizer
	for n, text := range []string{"", "Gut.", "Sehr gut.", "Ganz sehr gut."} {
		var a analysis
		analyze(&z, text, z.tokenize(text, lexDE), "de", &a)
		if want := itoa(n) + " words"; a.words != n || a.ev[fShort] != want && n > 0 {
			t.Errorf("%q: %d words, short %q; want %d, %q", text, a.words, a.ev[fShort], n, want)
		}
	}
}

// TestRuleGuards checks that the token rules' guards (tokenRule.applies)
// never change an analysis: invented sentences that make every rule fire
// are analysed with the guards and with every rule run on every word.
func TestRuleGuards(t *testing.T) {
	texts := []struct{ lang, text string }{
		{"de", "Meiner Meinung nach sei das falsch, sagte Sie am 26. Februar: Es gibt drei Prozent mehr als 2019."},
		{"de", "Wir könnten vielleicht am Montag zwei Millionen Euro zahlen, weil das Landgericht letztes Jahr urteilte."},
		{"de", "Ich denke, Sie werden das Heizungsgesetz leider ändern wollen. Haha! Siehe https://example.org"},
		{"en", "According to the report, I think prices rose 4.2% last year because of dozens of new laws."},
		{"en", "We might vote on Monday; you will see more than ten million dollars, lol. May said the court ruled."},
		{"en", "Hopefully the biggest plant, which closed in March, will reopen. Could the bill pass?"},
	}
	open := make([]tokenRule, len(tokenRules))
	for i, r := range tokenRules {
		open[i] = tokenRule{run: r.run}
	}
	for _, c := range texts {
		var z tokenizer
		var guarded, every analysis
		analyze(&z, c.text, z.tokenize(c.text, lexFor(c.lang)), c.lang, &guarded)
		saved := tokenRules
		tokenRules = open
		analyze(&z, c.text, z.tokenize(c.text, lexFor(c.lang)), c.lang, &every)
		tokenRules = saved
		if guarded.x != every.x || guarded.ev != every.ev || fmt.Sprint(guarded.entities, guarded.dates, guarded.numbers) != fmt.Sprint(every.entities, every.dates, every.numbers) {
			t.Errorf("%q:\nguarded %v %q\nevery   %v %q", c.text, guarded.x, guarded.ev, every.x, every.ev)
		}
		fired := 0
		for _, v := range guarded.x {
			if v != 0 {
				fired++
			}
		}
		if fired < 6 {
			t.Errorf("%q: only %d features fired", c.text, fired)
		}
	}
}
