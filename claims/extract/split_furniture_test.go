package extract_test

import (
	"strings"
	"testing"

	"claimdesk/claims/extract"
)

// TestPageFurniture checks, on invented pages, that a sentence cut by a
// page break reads as one unit over the page number and running head
// between its parts, with its claimant, and that a running head or page
// number between paragraphs is a unit of its own marked as housekeeping
// (but for a bare number, as a list's items have).
func TestPageFurniture(t *testing.T) {
	text := "Landrat Uwe Kamphaus sagte, die Kosten seien um ein\n\nSeite 4 · Tagesblatt · Montag, 3. Mai 2027\n\nDrittel gestiegen.\n\n– 5 –\n\nDie Fraktion stimmte dagegen.\n\nTHE RIVERSIDE LEDGER   Monday, May 3, 2027\n\nPage 13\n\n14"
	units := extract.Extract(text, extract.Options{})
	checkUnits(t, text, extract.Options{}, units)
	var got []string
	for _, u := range units {
		got = append(got, u.Text)
	}
	want := []string{text[:strings.Index(text, "Drittel gestiegen.")+len("Drittel gestiegen.")], "– 5 –", "Die Fraktion stimmte dagegen.", "THE RIVERSIDE LEDGER   Monday, May 3, 2027", "Page 13", "14"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("units %q, want %q", got, want)
	}
	if units[0].Claimant != "Uwe Kamphaus" {
		t.Errorf("claimant %q, want Uwe Kamphaus", units[0].Claimant)
	}
	for _, k := range []int{1, 3, 4} {
		if u := units[k]; u.CheckWorthy || len(u.Reasons) == 0 || u.Reasons[0] != "housekeeping: page number or running head" {
			t.Errorf("unit %q: check-worthy %v, reasons %q", u.Text, u.CheckWorthy, u.Reasons)
		}
	}
	if u := units[5]; len(u.Reasons) > 0 && strings.HasPrefix(u.Reasons[0], "housekeeping") {
		t.Errorf("a bare number (a list's item) read as a page number: %q", u.Reasons)
	}
}
