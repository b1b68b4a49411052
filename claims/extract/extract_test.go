package extract_test

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"claimdesk/claims/extract"
)

// checkUnits fails unless the units are valid for text: in order, not
// overlapping, on UTF-8 boundaries, reproducing the text, scored 0..1.
func checkUnits(t testing.TB, text string, opts extract.Options, units []extract.Unit) {
	t.Helper()
	th := opts.Threshold
	if th == 0 {
		th = extract.DefaultThreshold
	}
	// Rune boundaries as Go decodes the text: for valid UTF-8 these are the
	// starts of encoded runes; an invalid byte is a rune of its own.
	boundary := make([]bool, len(text)+1)
	for i := range text {
		boundary[i] = true
	}
	boundary[len(text)] = true
	prev := 0
	for i, u := range units {
		if u.Start < prev || u.End <= u.Start || u.End > len(text) {
			t.Fatalf("unit %d: span [%d,%d) invalid (previous end %d, text length %d)", i, u.Start, u.End, prev, len(text))
		}
		if !boundary[u.Start] || !boundary[u.End] || utf8.ValidString(text) && !utf8.RuneStart(text[u.Start]) {
			t.Fatalf("unit %d: span [%d,%d) splits a UTF-8 sequence", i, u.Start, u.End)
		}
		if u.Text != text[u.Start:u.End] {
			t.Fatalf("unit %d: Text %q is not input[%d:%d] = %q", i, u.Text, u.Start, u.End, text[u.Start:u.End])
		}
		if strings.TrimFunc(u.Text, unicode.IsSpace) != u.Text {
			t.Fatalf("unit %d: %q has surrounding white space", i, u.Text)
		}
		if u.Score < 0 || u.Score > 1 || u.CheckWorthy != (u.Score >= th) {
			t.Fatalf("unit %d: score %v, checkworthy %v at threshold %v", i, u.Score, u.CheckWorthy, th)
		}
		if u.Kinds == nil || u.Reasons == nil {
			t.Fatalf("unit %d: Kinds or Reasons nil", i)
		}
		if u.Lang != "de" && u.Lang != "en" {
			t.Fatalf("unit %d: Lang %q", i, u.Lang)
		}
		prev = u.End
	}
	// Every word of the text lies in some unit.
	covered := 0
	for _, u := range units {
		covered += len(strings.Fields(u.Text))
	}
	if got := len(strings.Fields(text)); covered != got {
		t.Fatalf("units hold %d words, the text %d", covered, got)
	}
}

// unitWith returns the one unit whose text contains sub.
func unitWith(t *testing.T, units []extract.Unit, sub string) extract.Unit {
	t.Helper()
	var found []extract.Unit
	for _, u := range units {
		if strings.Contains(u.Text, sub) {
			found = append(found, u)
		}
	}
	if len(found) != 1 {
		t.Fatalf("%d units contain %q, want 1", len(found), sub)
	}
	return found[0]
}

func TestSplit(t *testing.T) {
	for _, c := range splitCases {
		t.Run(c.name, func(t *testing.T) {
			opts := extract.Options{Lang: c.lang}
			units := extract.Extract(c.text, opts)
			checkUnits(t, c.text, opts, units)
			var got []string
			for _, u := range units {
				got = append(got, u.Text)
			}
			if !slices.Equal(got, c.units) {
				t.Fatalf("units:\n got %q\nwant %q", got, c.units)
			}
		})
	}
}

func TestSplitLines(t *testing.T) {
	text := "Erste Zeile. Noch ein Satz.\n\n  zweite Zeile ohne Punkt  \r\nDritte: „Zitat.\n"
	units := extract.Extract(text, extract.Options{Split: "lines"})
	checkUnits(t, text, extract.Options{}, units)
	want := []string{"Erste Zeile. Noch ein Satz.", "zweite Zeile ohne Punkt", "Dritte: „Zitat."}
	var got []string
	for _, u := range units {
		got = append(got, u.Text)
	}
	if !slices.Equal(got, want) {
		t.Fatalf("lines:\n got %q\nwant %q", got, want)
	}
}

func TestDocuments(t *testing.T) {
	for _, c := range docCases {
		t.Run(c.name, func(t *testing.T) {
			opts := extract.Options{Lang: c.lang}
			units := extract.Extract(c.text, opts)
			checkUnits(t, c.text, opts, units)
			for _, s := range c.flagged {
				if u := unitWith(t, units, s); !u.CheckWorthy {
					t.Errorf("%q: score %.2f, want check-worthy; reasons %q", u.Text, u.Score, u.Reasons)
				}
			}
			for _, s := range c.notFlagged {
				if u := unitWith(t, units, s); u.CheckWorthy {
					t.Errorf("%q: score %.2f, want not check-worthy; reasons %q", u.Text, u.Score, u.Reasons)
				}
			}
			for s, want := range c.claimants {
				if u := unitWith(t, units, s); u.Claimant != want {
					t.Errorf("%q: claimant %q, want %q", u.Text, u.Claimant, want)
				}
			}
			for s, want := range c.kinds {
				if u := unitWith(t, units, s); !slices.Equal(u.Kinds, want) {
					t.Errorf("%q: kinds %q, want %q", u.Text, u.Kinds, want)
				}
			}
			for s, want := range c.langs {
				if u := unitWith(t, units, s); u.Lang != want {
					t.Errorf("%q: lang %q, want %q", u.Text, u.Lang, want)
				}
			}
		})
	}
}

// TestRanking: in each news text the flagged units outrank the opinions,
// speculation and questions.
func TestRanking(t *testing.T) {
	for _, c := range docCases {
		if len(c.flagged) == 0 || len(c.notFlagged) == 0 {
			continue
		}
		units := extract.Extract(c.text, extract.Options{Lang: c.lang})
		lowest := 1.0
		for _, s := range append(c.ranked, c.flagged...) {
			lowest = min(lowest, unitWith(t, units, s).Score)
		}
		for _, s := range c.notFlagged {
			if u := unitWith(t, units, s); u.Score >= lowest {
				t.Errorf("%s: %q (%.2f) ranks with the claims (lowest %.2f)", c.name, u.Text, u.Score, lowest)
			}
		}
	}
}

func TestReasonsAndDetails(t *testing.T) {
	units := extract.Extract(germanNews, extract.Options{})
	u := unitWith(t, units, "38 Abgeordnete enthielten sich")
	for _, want := range []string{"number: 38 Abgeordnete", "event verb: enthielten sich"} {
		if !slices.Contains(u.Reasons, want) {
			t.Errorf("reasons %q lack %q", u.Reasons, want)
		}
	}
	u = unitWith(t, units, "Ich denke")
	// The opinion is shown as what lowers the score: the feature, or the
	// word itself when its learned weight is the stronger of the two.
	if !slices.Contains(u.Reasons, "opinion marker: Ich denke") && !slices.Contains(u.Reasons, extract.ReasonWordAgainst+": denke") {
		t.Errorf("reasons %q lack the opinion marker", u.Reasons)
	}
	u = unitWith(t, units, "Der Bundestag hat am Donnerstag")
	// A lone German noun is no entity without a list of places ("Bundestag");
	// those lists were removed.
	if !slices.Contains(u.Dates, "am Donnerstag") || !slices.Contains(u.Numbers, "412") {
		t.Errorf("entities %q, dates %q, numbers %q", u.Entities, u.Dates, u.Numbers)
	}
	u = unitWith(t, units, "Am 26. Februar")
	if !slices.Contains(u.Dates, "26. Februar") || !slices.Contains(u.Entities, "Anna Berger") {
		t.Errorf("dates %q, entities %q", u.Dates, u.Entities)
	}
	u = unitWith(t, units, "stiegen die Energiepreise")
	if !slices.Contains(u.Numbers, "3,5 Prozent") || !slices.Contains(u.Dates, "2023") {
		t.Errorf("numbers %q, dates %q", u.Numbers, u.Dates)
	}
}

func TestThresholdAndDeterminism(t *testing.T) {
	a := extract.Extract(englishNews, extract.Options{})
	b := extract.Extract(englishNews, extract.Options{Threshold: 0.99})
	if len(a) != len(b) {
		t.Fatalf("%d and %d units", len(a), len(b))
	}
	flaggedA, flaggedB := 0, 0
	for i := range a {
		if a[i].Score != b[i].Score || a[i].Text != b[i].Text {
			t.Fatalf("unit %d differs between runs", i)
		}
		if a[i].CheckWorthy {
			flaggedA++
		}
		if b[i].CheckWorthy {
			flaggedB++
		}
	}
	if flaggedB >= flaggedA {
		t.Fatalf("threshold 0.99 flags %d units, the default %d", flaggedB, flaggedA)
	}
}

func TestScoreAndDetect(t *testing.T) {
	for _, c := range []struct {
		text, lang string
		worthy     bool
	}{
		{"Die Arbeitslosenquote sank im Oktober auf 5,2 Prozent.", "de", true},
		{"Ich finde das wirklich traurig.", "de", false},
		{"The deficit grew by $300 billion in 2019.", "en", true},
		{"Thank you very much.", "en", false},
	} {
		if got := extract.DetectLanguage(c.text); got != c.lang {
			t.Errorf("DetectLanguage(%q) = %q, want %q", c.text, got, c.lang)
		}
		u := extract.Score(c.text, extract.Options{})
		if u.CheckWorthy != c.worthy || u.Start != 0 || u.End != len(c.text) {
			t.Errorf("Score(%q) = %.2f (%v) [%d,%d), want check-worthy %v", c.text, u.Score, u.CheckWorthy, u.Start, u.End, c.worthy)
		}
	}
}

func TestEmptyAndBlank(t *testing.T) {
	for _, text := range []string{"", "   ", "\n\n\t\n", "\u00a0"} {
		if units := extract.Extract(text, extract.Options{}); len(units) != 0 {
			t.Errorf("Extract(%q) = %d units, want none", text, len(units))
		}
	}
}

// TestSpeculation: the same statement scores lower as speculation than as
// a fact, and the modal is among the reasons.
func TestSpeculation(t *testing.T) {
	for _, c := range []struct{ lang, fact, spec, modal string }{
		{"de", "Die Opposition hat das Gesetz vor dem Bundesverfassungsgericht angefochten.", "Die Opposition könnte das Gesetz vor dem Bundesverfassungsgericht anfechten.", "könnte"},
		{"en", "The opposition challenged the law in the Supreme Court.", "The opposition might challenge the law in the Supreme Court.", "might"},
	} {
		f := extract.Score(c.fact, extract.Options{Lang: c.lang, Genre: extract.GenreNews})
		s := extract.Score(c.spec, extract.Options{Lang: c.lang, Genre: extract.GenreNews})
		if s.Score >= f.Score {
			t.Errorf("%s: speculation %.2f, fact %.2f", c.lang, s.Score, f.Score)
		}
		if !slices.ContainsFunc(s.Reasons, func(r string) bool { return strings.HasSuffix(r, ": "+c.modal) }) {
			t.Errorf("%s: reasons %q lack the modal %q", c.lang, s.Reasons, c.modal)
		}
	}
}
