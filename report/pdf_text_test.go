package report

import (
	"io"
	"strings"
	"testing"
	"time"

	"claimdesk/report/internal/pdfw"
)

func TestPDFTextMarksUndrawable(t *testing.T) {
	tests := []struct {
		in, want string
		marked   bool
	}{
		{"UN-Generalversammlung – „Zitat“ 500 € → ok", "UN-Generalversammlung – „Zitat“ 500 € → ok", false},
		{"Grüße aus Κρήτη und Москва", "Grüße aus Κρήτη und Москва", false},
		{"tab\there\r\nline", "tab here\nline", false},
		{"Lachen 😀 ist gesund", "Lachen [?] ist gesund", true},
		{"Familie 👨‍👩‍👧 und Daumen 👍🏽!", "Familie [?] und Daumen [?]!", true},
		{"Herz ❤️ und Ziffer 1️⃣", "Herz ❤️ und Ziffer 1️⃣", false}, // DejaVu has ❤ and the digit; selectors are drawn as nothing
		{"中文 und 日本語", "[?] und [?]", true},
		{"한국어", "[?]", true},
		{"שלום und مرحبا", "[?] und [?]", true},
	}
	for _, tc := range tests {
		got, marked := pdfText(tc.in)
		if tc.in == "Herz ❤️ und Ziffer 1️⃣" {
			// Whatever the font holds, the result must be drawable.
			for _, r := range got {
				if r != '\n' && !drawable(r) && !strings.Contains(got, pdfMarker) {
					t.Errorf("pdfText(%q) = %q keeps undrawable %U", tc.in, got, r)
				}
			}
			continue
		}
		if got != tc.want || marked != tc.marked {
			t.Errorf("pdfText(%q) = %q, %v; want %q, %v", tc.in, got, marked, tc.want, tc.marked)
		}
	}
}

// TestPDFHyphen: the PDF font draws "-" as a hyphen, clearly narrower than
// the en dash "–" (the Go fonts drew it as wide as a minus sign).
func TestPDFHyphen(t *testing.T) {
	fonts, err := addPDFFonts(pdfw.New(io.Discard, pdfA4Width, pdfA4Height, pdfw.Info{}))
	if err != nil {
		t.Fatal(err)
	}
	for _, style := range []string{"", "B", "I"} {
		hyphen, dash := fonts[style].Width('-'), fonts[style].Width('–')
		if float64(hyphen) >= 0.9*float64(dash) {
			t.Errorf("style %q: hyphen %d/1000 em wide, en dash %d/1000", style, hyphen, dash)
		}
	}
}

func TestPDFMeta(t *testing.T) {
	if got, want := pdfMeta("Bericht 😀 zu שלום\x1b[2J"), "Bericht 😀 zu שלום\uFFFD[2J"; got != want {
		t.Errorf("pdfMeta = %q, want %q", got, want)
	}
}

func TestShownURL(t *testing.T) {
	long := "https://example.org/?q=" + strings.Repeat("x", 60000)
	got := shownURL(long)
	if n := len([]rune(got)); n != pdfURLMax+1 || !strings.HasSuffix(got, "…") || !strings.HasPrefix(long, strings.TrimSuffix(got, "…")) {
		t.Errorf("shownURL: %d runes, %q…", n, got[:40])
	}
	if got := shownURL("https://example.org/a"); got != "https://example.org/a" {
		t.Errorf("short URL changed: %q", got)
	}
}

func TestEvidenceSummary(t *testing.T) {
	in := `supports: Rede [evidence 01a2-e, source 01a2-s] excerpt: "Ja." note: "S. 3"`
	if got, want := evidenceSummary(in, labelsDE), `Stützt die Behauptung: Rede Auszug: "Ja." Notiz: "S. 3"`; got != want {
		t.Errorf("German: %q, want %q", got, want)
	}
	if got, want := evidenceSummary("refutes: Tabelle 4", labelsEN), "Refutes the claim: Tabelle 4"; got != want {
		t.Errorf("English: %q, want %q", got, want)
	}
}

func TestDatesInLanguageAndZone(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Skip("no zone database:", err)
	}
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skip("no zone database:", err)
	}
	at := time.Date(2023, 2, 27, 13, 5, 0, 0, time.UTC)
	day := time.Date(2023, 2, 27, 0, 0, 0, 0, time.UTC) // a calendar day
	tests := []struct{ got, want string }{
		{labelsDE.dateTime(at, berlin), "27. Februar 2023, 14:05 Uhr MEZ"},
		{labelsDE.dateTime(at.AddDate(0, 5, 0), berlin), "27. Juli 2023, 15:05 Uhr MESZ"},
		{labelsEN.dateTime(at, berlin), "27 February 2023, 14:05 CET"},
		{labelsDE.shortDateTime(at, berlin), "27.02.2023, 14:05"},
		{labelsEN.shortDateTime(at, ny), "27 Feb 2023, 08:05"},
		{labelsDE.date(day, ny), "27. Februar 2023"}, // not the 26th in New York
		{labelsDE.date(at.Add(11*time.Hour), berlin), "28. Februar 2023"},
		{labelsDE.language("de"), "Deutsch"},
		{labelsEN.language("DE"), "German"},
		{labelsDE.language("uz"), "uz"},
	}
	for _, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}
