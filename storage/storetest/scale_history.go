package storetest

import (
	"strings"
	"testing"

	"claimdesk/claims"
)

// testScaleHistory checks that SaveScale records, in the scale's history,
// its creation and every later change: name, a level added, removed,
// relabelled, and a new order with the ordinals that go with it; and that
// a refused save records nothing.
func testScaleHistory(t *testing.T, open Opener) {
	s := open(t)
	ctx := ctxAs(actorAnna)
	noErr(t, s.Scales.SaveScale(ctx, customScale()), "SaveScale new")
	sc := customScale()
	sc.Name = "Hausskala 2"
	stimmt, unklar, falsch := sc.Ratings[0], sc.Ratings[1], sc.Ratings[2]
	falsch.LabelDE = "Unwahr"
	stimmt.Ordinal, falsch.Ordinal = 1, 3
	kontext := claims.Rating{ID: "haus:kontext", LabelEN: "Missing context", LabelDE: "Fehlender Kontext", Color: "#fbc02d", Ordinal: 2}
	sc.Ratings = []claims.Rating{falsch, kontext, stimmt} // unklar removed
	noErr(t, s.Scales.SaveScale(ctx, sc), "SaveScale changed")
	mustClaim(t, s, &claims.Claim{Text: "Die Brücke ist marode.", RatingID: "haus:kontext"})
	refused := *sc
	refused.Ratings = []claims.Rating{falsch, stimmt}
	wantCode(t, s.Scales.SaveScale(ctx, &refused), claims.ECONFLICT)

	kind, evs, err := s.History.RecordHistory(ctx, "haus")
	noErr(t, err, "RecordHistory")
	if kind != claims.RecordScale {
		t.Fatalf("kind = %q, want %q", kind, claims.RecordScale)
	}
	var got []string
	for _, ev := range evs {
		if ev.Actor != actorAnna {
			t.Errorf("event %s by %q, want %q", ev.Field, ev.Actor, actorAnna)
		}
		got = append(got, ev.Field+": "+ev.Old+" → "+ev.New)
	}
	want := []string{
		"created:  → Hausskala",
		"name: Hausskala → Hausskala 2",
		"level_removed: " + unklar.LabelEN + " / " + unklar.LabelDE + " " + unklar.Color + " → ",
		"level: Wrong / Falsch #c62828 → Wrong / Unwahr #c62828",
		"level_added:  → Missing context / Fehlender Kontext #fbc02d",
		"order: Correct (3) > Unclear (2) > Wrong (1) → Wrong (3) > Missing context (2) > Correct (1)",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("history of the scale:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
