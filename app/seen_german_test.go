package app

import (
	"strings"
	"testing"

	"claimdesk/archive"
	"claimdesk/claims"
)

// TestArchiveSummaryGerman checks that the lines naming the records of an
// archive that could not be read reach a German window in German: where
// (line, script block and record) and why, numbers filled in. They were
// English ("line 3: 2 columns, the header has 3").
func TestArchiveSummaryGerman(t *testing.T) {
	waitAllJobs()
	defer switchLanguage("")
	switchLanguage("de")
	table := "text\tverdict\turl\nRents rose.\tfalse\thttps://x.example/1\nshort\trow\nTaxes fell.\ttrue\thttps://x.example/a b\n"
	page := `<html><script type="application/ld+json">{oops</script><script type="application/ld+json">` +
		`[{"@type":"ClaimReview","claimReviewed":"Rents rose."},{"@type":"ClaimReview","claimReviewed":"  "}]</script></html>`
	for _, c := range []struct {
		name, data string
		want       []string
	}{
		{"t.tsv", table, []string{"Zeile 3: 2 Spalten, die Kopfzeile hat 3", "Zeile 4: die Webadresse enthält Leer- oder Steuerzeichen"}},
		{"p.html", page, []string{"Skriptblock 1: kein gültiges JSON: ", "Skriptblock 2, Eintrag 2: kein Text der Behauptung"}},
	} {
		imp, err := archive.Parse("", c.name, []byte(c.data))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		msg := archiveSummary(&claims.ArchiveImportResult{Archive: &claims.Archive{Name: "A"}, Added: 1, Malformed: imp.Malformed})
		for _, w := range c.want {
			if !strings.Contains(msg, w) {
				t.Errorf("%s: summary %q lacks %q", c.name, msg, w)
			}
		}
		for _, en := range []string{"line", "record", "columns", "address", "script block"} {
			if strings.Contains(msg, en) {
				t.Errorf("%s: summary %q holds English %q", c.name, msg, en)
			}
		}
	}
}
