package app

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"claimdesk/claims"
	"claimdesk/outfile"
)

// TestExportClaimReviewGerman: in the German window a ClaimReview export
// without the organisation or the review address does not start (claimctl
// asks for both), and the message at the end counts the reviews the file
// holds. Seen in the window: with the review address left at its
// placeholder, or typed without "https://", it wrote "[]" and said
// "5 Behauptungen exportiert".
func TestExportClaimReviewGerman(t *testing.T) {
	f := newGermanFixture(t)
	c := f.addClaim("Die Mieten stiegen 2024 um 7 Prozent.")
	if _, err := f.svc.Claims.UpdateClaim(f.u.ctx(), c.ID, claims.ClaimUpdate{RatingID: ptr("politifact:false"), Rationale: ptr("Laut Amt 4 Prozent.")}); err != nil {
		t.Fatal(err)
	}
	f.addClaim("Der Haushalt wächst um 3 Prozent.") // no verdict yet
	f.do(f.s.onExport)
	d := f.s.exporter
	f.do(func() { d.format.SetSelected("ClaimReview (JSON-LD)") })
	for _, fill := range []struct{ org, url string }{{"", ""}, {"Faktencheck Nord", ""}, {"", "https://example.org/check/{id}"}} {
		f.do(func() {
			d.org.SetText(fill.org)
			d.reviewURL.SetText(fill.url)
			test.Tap(f.topDialogButton("Datei wählen…"))
		})
		top := f.win().Canvas().Overlays().Top()
		if top == nil || !strings.Contains(dialogText(top), "Ein ClaimReview braucht Ihre Organisation und die Adresse") {
			t.Fatalf("organisation %q, address %q: no German message that they are needed", fill.org, fill.url)
		}
		f.do(func() { test.Tap(f.topDialogButton("OK")) })
		if top := f.win().Canvas().Overlays().Top(); top == nil || findButtonIn(top, "Datei wählen…") == nil {
			t.Fatalf("organisation %q, address %q: the choices were not shown again", fill.org, fill.url)
		}
	}

	// an address that is no web address is refused; one without
	// "https://" gets it (it left every claim out)
	f.do(func() {
		d.org.SetText("Faktencheck Nord")
		d.reviewURL.SetText("Prüfungen auf unserer Seite")
		test.Tap(f.topDialogButton("Datei wählen…"))
	})
	if top := f.win().Canvas().Overlays().Top(); top == nil || !strings.Contains(dialogText(top), "ist keine Webadresse: Prüfungen auf unserer Seite") {
		t.Fatal("no German message that the review address is no web address")
	}
	f.do(func() { test.Tap(f.topDialogButton("OK")) })
	f.do(func() {
		d.reviewURL.SetText("example.org/check/{id}")
		if err := d.check(); err != nil {
			t.Fatalf("address without https: %v", err)
		}
	})
	if d.reviewURL.Text != "https://example.org/check/{id}" {
		t.Fatalf("review address now %q", d.reviewURL.Text)
	}

	path := filepath.Join(t.TempDir(), "pruefungen.jsonld")
	out, err := outfile.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	f.do(func() {
		d.dlg.Hide()
		d.run(out, path, nil)
	})
	if d.result != "1" {
		t.Fatalf("export result %q, want the one checked claim", d.result)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var reviews []map[string]any
	if err := json.Unmarshal(data, &reviews); err != nil || len(reviews) != 1 {
		t.Fatalf("file holds %d reviews (%v)", len(reviews), err)
	}
	if u, _ := reviews[0]["url"].(string); u != "https://example.org/check/"+c.ID {
		t.Errorf("review url %q", u)
	}
	text := dialogText(f.win().Canvas().Overlays().Top())
	for _, w := range []string{"1 Behauptung exportiert nach", "1 Behauptung ohne Bewertung ist nicht darin"} {
		if !strings.Contains(text, w) {
			t.Errorf("the message lacks %q:\n%s", w, text)
		}
	}
}
