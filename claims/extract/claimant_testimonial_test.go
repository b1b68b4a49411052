package extract

import (
	"strings"
	"testing"
)

// TestTestimonialHeading checks that in a text of testimonials each line
// naming a person ("Name, age, role", "Name (age), role") gives the
// first-person units after it, and the quotation right after it, to that
// person, each block to its own person; that the block ends at any other
// heading (the author's subtitle, a credit line); that a line naming a
// person before narration in the third person gives nothing; and that a
// letter's signature (a name and a place) gives nothing to the letter
// after it.
func TestTestimonialHeading(t *testing.T) {
	de := strings.Join([]string{
		"Was Busfahrer im Winter erleben",
		"Der Nahverkehr fährt wieder nach Plan. Wir haben Fahrer gefragt.",
		"Tobias Wendland, 47, Busfahrer in Gera",
		"Ich fahre seit neunzehn Jahren die Linie 3.",
		"Im Januar fielen an manchen Tagen zwölf Fahrten aus.",
		"Helga Brünning (61), Fahrlehrerin",
		"„Uns fehlen im Landkreis mindestens vierzig Fahrer.“",
		"Wie es weitergeht",
		"Wir haben beim Verkehrsverbund nachgefragt.",
		"Tobias Wendland, Fahrer",
		"Die Linie 3 endet am Bahnhof.",
		"Protokolle: Ines Marbach",
	}, "\n\n")
	checkClaimants(t, de, "de", map[string]string{
		"Ich fahre seit neunzehn Jahren die Linie 3.":          "Tobias Wendland",
		"Im Januar fielen an manchen Tagen zwölf Fahrten aus.": "Tobias Wendland",
		"„Uns fehlen im Landkreis mindestens vierzig Fahrer.“": "Helga Brünning",
		"Wir haben beim Verkehrsverbund nachgefragt.":          "",
		"Die Linie 3 endet am Bahnhof.":                        "",
		"Protokolle: Ines Marbach":                             "",
	})
	quoted := "Hebammen am Limit\n\nDie Kreißsäle sind voll. Zwei Hebammen berichten.\n\nCarla Wessely (44), Hebamme in Jena\n\n„Wir betreuen doppelt so viele Geburten wie vor fünf Jahren.“"
	checkClaimants(t, quoted, "de", map[string]string{
		"„Wir betreuen doppelt so viele Geburten wie vor fünf Jahren.“": "Carla Wessely",
	})
	en := strings.Join([]string{
		"Farmers on a dry summer",
		"The harvest is the smallest in a decade. We asked growers how they cope.",
		"Dale Huxtable, 58, wheat farmer in Kearney",
		"I lost a third of my crop in July.",
		"The wells ran dry twice this year.",
		"Rosa Quintero (39), orchard owner",
		"Our apples came in small. We sold half of them for juice.",
		"What the state offers",
		"We asked the agriculture department about relief.",
	}, "\n\n")
	checkClaimants(t, en, "en", map[string]string{
		"I lost a third of my crop in July.":                "Dale Huxtable",
		"The wells ran dry twice this year.":                "Dale Huxtable",
		"Our apples came in small.":                         "Rosa Quintero",
		"We sold half of them for juice.":                   "Rosa Quintero",
		"We asked the agriculture department about relief.": "",
		"The harvest is the smallest in a decade.":          "",
		"Dale Huxtable, 58, wheat farmer in Kearney":        "",
	})
	letters := "Letters\n\nYour report on the ferry (3 May) said the crossing was full. It was half empty. I was on it.\nHilary Brackett, Sowerby\n\n" +
		"As a teacher for 19 years, I was surprised by the exam figures. Fewer than half of my pupils passed.\nName and address supplied\n"
	checkClaimants(t, letters, "en", map[string]string{
		"It was half empty.":                   "Hilary Brackett",
		"Fewer than half of my pupils passed.": "",
	})
}

// checkClaimants extracts text and checks the claimant of each unit whose
// text want names; a unit want names but the extraction lacks fails too.
func checkClaimants(t *testing.T, text, lang string, want map[string]string) {
	t.Helper()
	seen := map[string]bool{}
	for _, u := range Extract(text, Options{Lang: lang}) {
		if w, ok := want[u.Text]; ok {
			seen[u.Text] = true
			if u.Claimant != w {
				t.Errorf("%q: claimant %q, want %q", u.Text, u.Claimant, w)
			}
		}
	}
	for s := range want {
		if !seen[s] {
			t.Errorf("no unit %q", s)
		}
	}
}
