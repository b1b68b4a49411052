package app

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/google/uuid"

	"claimdesk/claims"
	"claimdesk/outfile"
)

// TestNewScaleInWindow is a newsroom making its own scale in the German
// window: Settings, New scale…, two empty levels; labels typed, a third
// level "Fehlender Kontext" added and moved up; saved, chosen, used for a
// verdict. Then removing the used level is refused at once with the number
// of claims, removing the unused one and moving "Falsch" to the top are
// saved: the verdict stays, the ClaimReview export reads the new ordinal,
// and the scale's history holds every step.
func TestNewScaleInWindow(t *testing.T) {
	f := newGermanFixture(t)
	ctx := context.Background()
	c := f.addClaim("Die Brücke kostete 12 Millionen Euro.")
	f.do(f.s.onSettings)
	d := f.s.settings
	f.do(func() { test.Tap(f.topDialogButton("Neue Skala…")) })
	nd := d.newScale
	if nd == nil || nd.start.Selected != "Kopie von „Wie PolitiFact (6 Stufen)“" {
		t.Fatalf("the New scale dialog does not start from a copy of the chosen scale")
	}
	f.do(func() {
		test.Type(f.win().Canvas().Focused(), "Hausskala")
		nd.start.SetSelectedIndex(0) // two empty levels
		test.Tap(f.topDialogButton("Anlegen"))
	})
	ed := nd.ed
	if ed == nil || len(ed.rows) != 2 || ed.en[0].Text != "" {
		t.Fatalf("the editor of the new scale does not show two empty levels")
	}
	f.do(func() {
		ed.en[0].SetText("Correct")
		ed.de[0].SetText("Stimmt")
		ed.en[1].SetText("Wrong")
		ed.de[1].SetText("Falsch")
		test.Tap(findButtonIn(f.win().Canvas().Overlays().Top(), "Stufe hinzufügen"))
	})
	cv := f.win().Canvas()
	if len(ed.rows) != 3 || cv.Focused() != ed.de[2] {
		t.Fatalf("after Add level: %d levels, focus on %T", len(ed.rows), cv.Focused())
	}
	kontext := ed.rows[2]
	f.do(func() {
		test.Type(cv.Focused(), "Fehlender Kontext")
		ed.en[2].SetText("Missing context")
		test.Tap(kontext.up)
	})
	if ed.rows[1] != kontext || cv.Focused() != kontext.up {
		t.Fatalf("Up did not move the level, or the focus left its button (%T)", cv.Focused())
	}
	f.do(func() { test.Tap(f.topDialogButton("Speichern")) })
	sc := f.u.scaleNamed("Hausskala")
	if sc == nil {
		t.Fatal("the new scale was not saved or not read again")
	}
	if _, err := uuid.Parse(sc.ID); err != nil || sc.Preset {
		t.Errorf("new scale ID %q (%v), preset %v", sc.ID, err, sc.Preset)
	}
	if got := levelsOf(sc); got != "Stimmt 3, Fehlender Kontext 2, Falsch 1" {
		t.Errorf("stored levels: %s", got)
	}
	for _, r := range sc.Ratings {
		if _, err := uuid.Parse(r.ID); err != nil {
			t.Errorf("level ID %q is no fresh UUID", r.ID)
		}
	}
	if d.scale.Selected != "Hausskala" {
		t.Fatalf("Settings shows %q, want the new scale chosen", d.scale.Selected)
	}
	f.do(func() { test.Tap(f.topDialogButton("Übernehmen")) })
	if f.u.scales.active == nil || f.u.scales.active.ID != sc.ID {
		t.Fatal("the new scale is not the active one after Apply")
	}

	// a verdict on the new scale, chosen in the claim editor
	falsch := sc.Ratings[2].ID
	f.do(func() { f.u.openClaim(c.ID) })
	e := f.s.claims.editor
	f.do(func() {
		e.verdict.SetSelected("Falsch")
		e.rationale.SetText("Laut Bauamt 14 Millionen Euro.")
		test.Tap(e.save)
	})
	if got, _ := f.svc.Claims.FindClaimByID(ctx, c.ID); got == nil || got.RatingID != falsch {
		t.Fatalf("the verdict was not stored on the new scale: %+v", got)
	}
	if v := claimReviewValues(t, f, c.ID); v != [3]int{1, 3, 1} {
		t.Errorf("ClaimReview ratingValue, bestRating, worstRating = %v, want [1 3 1]", v)
	}

	// removing the used level is refused at once; the unused one goes
	f.do(func() { f.s.onSettings() })
	d = f.s.settings
	f.do(func() { test.Tap(f.topDialogButton("Skala bearbeiten…")) })
	ed = d.scaleEd
	f.do(func() { test.Tap(ed.rows[2].remove) })
	msg := f.topText()
	if !strings.Contains(msg, "„Falsch“ kann nicht entfernt werden: 1 Behauptung hat diese Bewertung") {
		t.Errorf("no German refusal with the count:\n%s", msg)
	}
	f.do(func() { test.Tap(f.topDialogButton("OK")) })
	if len(ed.rows) != 3 {
		t.Fatalf("a refused level was removed: %d levels", len(ed.rows))
	}
	f.do(func() { test.Tap(ed.rows[1].remove) })
	falschRow := ed.rows[1]
	f.do(func() { test.Tap(falschRow.up) })
	f.do(func() { test.Tap(f.topDialogButton("Speichern")) })
	sc = f.u.scales.scale(sc.ID)
	if got := levelsOf(sc); got != "Falsch 2, Stimmt 1" {
		t.Errorf("stored levels after remove and move: %s", got)
	}
	if got, _ := f.svc.Claims.FindClaimByID(ctx, c.ID); got == nil || got.RatingID != falsch {
		t.Fatalf("the verdict changed with the scale: %+v", got)
	}
	if v := claimReviewValues(t, f, c.ID); v != [3]int{2, 2, 1} {
		t.Errorf("after the move ClaimReview ratingValue, bestRating, worstRating = %v, want [2 2 1]", v)
	}
	_, evs, err := f.svc.History.RecordHistory(ctx, sc.ID)
	if err != nil {
		t.Fatal(err)
	}
	var fields []string
	for _, ev := range evs {
		fields = append(fields, ev.Field)
	}
	if got := strings.Join(fields, " "); got != "created level_removed order" {
		t.Errorf("history of the scale: %s", got)
	}
}

// levelsOf lists a scale's levels, German label and ordinal, best first.
func levelsOf(sc *claims.RatingScale) string {
	var out []string
	for _, r := range sc.Ratings {
		out = append(out, r.LabelDE+" "+strconv.Itoa(r.Ordinal))
	}
	return strings.Join(out, ", ")
}

// claimReviewValues exports ClaimReview from the window's Export dialog
// and returns ratingValue, bestRating and worstRating of claim id.
func claimReviewValues(t *testing.T, f *shellFixture, id string) [3]int {
	t.Helper()
	f.do(f.s.onExport)
	d := f.s.exporter
	path := filepath.Join(t.TempDir(), "review.jsonld")
	out, err := outfile.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	f.do(func() {
		d.format.SetSelected("ClaimReview (JSON-LD)")
		d.org.SetText("Faktencheck Nord")
		d.reviewURL.SetText("https://example.org/check/{id}")
		d.dlg.Hide()
		d.run(out, path, nil)
	})
	f.do(func() { f.win().Canvas().Overlays().Top().Hide() }) // the message that it is done
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var reviews []struct {
		ID     string `json:"identifier"`
		Rating struct {
			Value int `json:"ratingValue"`
			Best  int `json:"bestRating"`
			Worst int `json:"worstRating"`
		} `json:"reviewRating"`
	}
	if err := json.Unmarshal(data, &reviews); err != nil {
		t.Fatal(err)
	}
	for _, r := range reviews {
		if r.ID == id {
			return [3]int{r.Rating.Value, r.Rating.Best, r.Rating.Worst}
		}
	}
	t.Fatalf("claim %s is not in the ClaimReview export:\n%s", id, data)
	return [3]int{}
}

// TestNewScaleEnterCreates: Enter in the name field of New scale… creates
// the scale as „Anlegen“ does (it did nothing), and an empty name is
// refused as by the button.
func TestNewScaleEnterCreates(t *testing.T) {
	f := newGermanFixture(t)
	f.do(f.s.onSettings)
	d := f.s.settings
	f.do(func() { test.Tap(f.topDialogButton("Neue Skala…")) })
	nd := d.newScale
	f.do(func() {
		test.Type(nd.name, "Hausskala")
		nd.name.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	})
	if nd.ed == nil || nd.ed.scale.Name != "Hausskala" {
		t.Fatalf("Enter in the name field did not open the editor of the new scale")
	}
}
