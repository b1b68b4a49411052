package extract

import (
	"math/rand"
	"strings"
	"testing"
)

// Tests of the speed edits in the claimant code: the fast paths against
// the plain definitions they replace.

// nameWords are words of names, titles, dates and bodies for made-up
// claimants.
var nameWords = strings.Fields(`Anna Berg Jonas Brandt Mary Lee Ann Sheriff Minister Ministerin Sprecherin
Regierungschef Berufsverband Deutscher Internisten Beratungsfirma PWC AfD Monday Sonntag Juni
Bush’s Trump's Präsident US-Präsident FDP-Fraktionsvize Vorsitzende CEO von der Elisabeth II
Councilman Staff General Attorney Ban Ki-moon Chemischen Industrie Dr. B. Zapata Heimleiterin Trainer`)

// madeUpNames returns n names of one to five of nameWords.
func madeUpNames(r *rand.Rand, n int) []string {
	names := make([]string, n)
	for k := range names {
		w := make([]string, 1+r.Intn(5))
		for j := range w {
			w[j] = nameWords[r.Intn(len(nameWords))]
		}
		names[k] = strings.Join(w, " ")
	}
	return names
}

// TestClaimantNamePart checks what byFirst relies on: a cleaned name is
// a part of the name.
func TestClaimantNamePart(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	for _, name := range madeUpNames(r, 20000) {
		if c := claimantName(name); !strings.Contains(name, c) {
			t.Errorf("claimantName(%q) = %q, not a part of it", name, c)
		}
	}
}

// byFirstPlain is byFirst as a table of every person's first word, built
// at once.
func byFirstPlain(d *docState, w string) string {
	heads := map[string]int{}
	for i, p := range d.people {
		first, rest, _ := strings.Cut(claimantName(p.name), " ")
		if !plainName(rest) {
			continue
		}
		if _, seen := heads[first]; seen {
			heads[first] = -1
		} else {
			heads[first] = i
		}
	}
	if i, ok := heads[w]; ok && i >= 0 {
		return claimantName(d.people[i].name)
	}
	return ""
}

func TestByFirst(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	found := 0
	for doc := 0; doc < 300; doc++ {
		var d docState
		for _, name := range madeUpNames(r, r.Intn(12)) {
			d.people = append(d.people, person{name: name})
		}
		for _, w := range append(nameWords, "", "Berg Jonas", "nn") {
			for rep := 0; rep < 2; rep++ { // asked twice: the kept answer
				got, want := d.byFirst(w), byFirstPlain(&d, w)
				if got != want {
					t.Fatalf("people %+v, %q: %q, want %q", d.people, w, got, want)
				}
				if got != "" {
					found++
				}
			}
		}
	}
	if found == 0 {
		t.Error("no name found by its first word: the test says nothing")
	}
}

// TestWordCategoryTables checks wordCategory, which reads the lexicons' tables,
// against the lexicons themselves: every word of both in lower, title and
// upper case, cut short and lengthened.
func TestWordCategoryTables(t *testing.T) {
	check := func(w string) {
		low := strings.ToLower(w)
		if got, want := wordCategory(w), lexDE[low]|lexEN[low]; got != want {
			t.Errorf("%q: %b, lexicons %b", w, got, want)
		}
	}
	for _, lex := range []lexicon{lexDE, lexEN} {
		for w := range lex {
			for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:], w[1:], w + "s", strings.Repeat(w, 8)} {
				check(v)
			}
		}
	}
	check("")
	check("ÜBER")
}

// TestLazySet checks lazySet against a map, with additions and questions
// mixed, before and after it fills its map.
func TestLazySet(t *testing.T) {
	r := rand.New(rand.NewSource(4))
	for round := 0; round < 200; round++ {
		var s lazySet[string]
		m := map[string]bool{}
		for op := 0; op < 60; op++ {
			w := nameWords[r.Intn(len(nameWords))]
			if r.Intn(3) == 0 {
				s.add(w)
				m[w] = true
				continue
			}
			if got := s.has(w); got != m[w] {
				t.Fatalf("round %d, question %d: has(%q) = %v, want %v", round, s.queries, w, got, m[w])
			}
		}
		if s.queries <= lazySetScans {
			t.Fatalf("round %d: only %d questions, the map is never made", round, s.queries)
		}
	}
}
