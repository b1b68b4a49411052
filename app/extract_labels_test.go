package app

import (
	"encoding/json"
	"log"
	"os"
	"testing"

	"claimdesk/assets"
	"claimdesk/claims/extract"
)

// TestExtractLabelsGerman checks that every kind and every reason name the
// extractor can produce has a German label, so that a new feature cannot
// reach the German interface untranslated.
func TestExtractLabelsGerman(t *testing.T) {
	data, err := assets.Translations.ReadFile("translations/reader.de.json")
	if err != nil {
		t.Fatal(err)
	}
	var de map[string]any
	if err := json.Unmarshal(data, &de); err != nil {
		t.Fatal(err)
	}
	kinds := []string{extract.KindQuantity, extract.KindEvent, extract.KindQuote, extract.KindComparison, extract.KindLegal}
	for _, k := range kinds {
		if s, _ := de["extract.kind."+k].(string); s == "" {
			t.Errorf("no German label for kind %q (key extract.kind.%s)", k, k)
		}
	}
	names := append(extract.FeatureNames(), extract.UnitFeatureNames()...)
	names = append(names, extract.ReasonWordFor, extract.ReasonWordAgainst)
	names = append(names, extract.OwnWordReasons()...)
	for _, n := range names {
		if s, _ := de["extract.reason."+n].(string); s == "" {
			t.Errorf("no German label for reason %q (key extract.reason.%s)", n, n)
		}
	}
}

// TestReasonText checks that reasons and kinds follow the interface
// language while the evidence quoted from the article stays as it is.
func TestReasonText(t *testing.T) {
	waitAllJobs() // no job of an earlier test reads the translations while they load
	defer switchLanguage("")
	switchLanguage("en")
	if got, want := reasonText("event verb: enthielten sich"), "event verb: enthielten sich"; got != want {
		t.Fatalf("en: got %q, want %q", got, want)
	}
	switchLanguage("de")
	if got, want := reasonText("event verb: enthielten sich"), "Ereignisverb: enthielten sich"; got != want {
		t.Fatalf("de: got %q, want %q", got, want)
	}
	if got, want := reasonText("number: 3: 2"), "Zahl: 3: 2"; got != want {
		t.Fatalf("de, colon in evidence: got %q, want %q", got, want)
	}
	if got, want := kindsText([]string{extract.KindEvent, extract.KindQuantity}), "Ereignis, Menge/Statistik"; got != want {
		t.Fatalf("de kinds: got %q, want %q", got, want)
	}
	if got, want := reasonText("heading: no final punctuation"), "Überschrift: kein Satzzeichen am Ende"; got != want {
		t.Fatalf("de, the extractor's own words: got %q, want %q", got, want)
	}
	if got, want := reasonText("no checkable detail: no number, date, event or rule"), "kein prüfbares Detail: keine Zahl, kein Datum, kein Ereignis, keine Regel"; got != want {
		t.Fatalf("de, the extractor's own words: got %q, want %q", got, want)
	}
	if got, want := reasonText("unknown feature: x"), "unknown feature: x"; got != want {
		t.Fatalf("unknown name: got %q, want %q", got, want)
	}
}

// TestReasonTextLogsNothing: translating the reasons of a suggestion with
// the article's own words as evidence logs no error. Fyne logs "Translation
// failure" for every key it lacks, and the whole reason ("number: 42
// Millionen Euro") is no key: the reader filled the log with one error per
// reason shown.
func TestReasonTextLogsNothing(t *testing.T) {
	waitAllJobs()
	defer switchLanguage("")
	var buf syncBuffer
	log.SetOutput(&buf)
	defer log.SetOutput(os.Stderr)
	for _, l := range []string{"de", "en"} {
		switchLanguage(l)
		reasonText("number: 42 Millionen Euro")
		reasonText("event verb: stimmten zu")
		reasonText("heading: no final punctuation")
		reasonText("quotation")
	}
	if s := buf.String(); s != "" {
		t.Fatalf("translating reasons logged:\n%s", s)
	}
}
