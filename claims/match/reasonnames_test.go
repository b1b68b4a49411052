package match

import (
	"reflect"
	"strings"
	"testing"
)

// The reason "same names" of two German claims lists people, bodies and
// acronyms, not the nouns German writes with a capital; those stay among the
// shared words.
func TestReasonNamesLeaveOutGermanNouns(t *testing.T) {
	d := Doc{Text: "Laut Finanzminister Karl Beispiel hat die Regierung 2,5 Millionen Dollar für die Versorgung der Kinder in Neustadt ausgegeben."}
	text := "Die Regierung gab nach Angaben von Karl Beispiel 2,5 Millionen Dollar für die Versorgung der Kinder in Neustadt aus."
	var names, words, numbers []string
	for _, r := range Reasons(text, d) {
		switch r.Kind {
		case ReasonNames:
			names = r.Items
		case ReasonWords:
			words = r.Items
		case ReasonNumbers:
			numbers = r.Items
		}
	}
	if !reflect.DeepEqual(names, []string{"Karl", "Beispiel"}) {
		t.Errorf("names = %q, want only Karl, Beispiel", names)
	}
	if !reflect.DeepEqual(numbers, []string{"2,5"}) {
		t.Errorf("numbers = %q, want 2,5 as written", numbers)
	}
	for _, w := range []string{"millionen", "dollar", "versorgung"} {
		if !strings.Contains(strings.ToLower(strings.Join(words, " ")), w) {
			t.Errorf("shared words %q lack %q", words, w)
		}
	}
}

func TestShownNamesGerman(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		// a number before a run: a quantity and its unit
		{"Der Bau kostet nun 40 Millionen Euro mehr als geplant.", nil},
		// a determiner before a run: its head is a noun, the rest in apposition a name
		{"Das sagte gestern die Kanzlerin Erika Muster in der Hauptstadt.", []string{"erika", "muster"}},
		// acronyms stay, whatever stands before them
		{"Die Abgeordneten der XYZ stimmten mit der ABC gegen das Gesetz.", []string{"xyz", "abc"}},
		// a noun-only ending leaves a run
		{"Die Polizei meldete am Montag eine Festnahme Wohnungsdurchsuchung in der Stadt.", nil},
		// a single capitalised word may be any noun
		{"Nach dem Beschluss wurden die Preise für Strom erhöht.", nil},
		// a two-word run that no article stands before
		{"Das Treffen mit Hans Beispiel fand in der Stadt statt.", []string{"hans", "beispiel"}},
	} {
		if got := shownNames(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("shownNames(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// English texts keep every name Names finds.
func TestShownNamesEnglishUnchanged(t *testing.T) {
	s := "The visit of Mike Pompeo to Tashkent was short, and the Foundation said so."
	if got, want := shownNames(s), Names(s); !reflect.DeepEqual(got, want) {
		t.Errorf("shownNames = %q, want Names' %q", got, want)
	}
}

func TestLastWord(t *testing.T) {
	for in, want := range map[string]string{
		"":               "",
		"es kostet 2,5 ": "2,5",
		"für die ":       "die",
		"(":              "",
		"sagte, ":        "",
		"im Jahr 2020 ":  "2020",
	} {
		if got := lastWord(in); got != want {
			t.Errorf("lastWord(%q) = %q, want %q", in, got, want)
		}
	}
}

// A capitalised preposition opening a sentence is no part of a name ("In
// Zeiten" gave "Zeiten"), and the shared words are shown as written, a number
// not split into its digit groups ("1, 600").
func TestReasonsSentenceStartAndWordsAsWritten(t *testing.T) {
	d := Doc{Text: "Bei der Firma waren in Zeiten des Aufschwungs 1.600 Mitarbeiter beschäftigt."}
	text := "In Zeiten des Aufschwungs waren bei der Firma über 1.600 Mitarbeiter beschäftigt."
	for _, r := range Reasons(text, d) {
		switch r.Kind {
		case ReasonNames:
			t.Errorf("names = %q, want none", r.Items)
		case ReasonWords:
			got := strings.Join(r.Items, " ")
			if !strings.Contains(got, "Zeiten") || !strings.Contains(got, "Mitarbeiter") || strings.Contains(got, "600") {
				t.Errorf("words = %q, want Zeiten and Mitarbeiter as written, no digit groups", r.Items)
			}
		case ReasonNumbers:
			if !reflect.DeepEqual(r.Items, []string{"1.600"}) {
				t.Errorf("numbers = %q, want 1.600", r.Items)
			}
		}
	}
}
