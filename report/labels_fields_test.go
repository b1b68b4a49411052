package report

import (
	"strings"
	"testing"
	"time"

	"claimdesk/claims"
)

// TestHistoryFieldsNamed checks that every field a claim's history can
// hold has a name in both report languages: an unnamed one is printed as
// its internal key ("verdict_copied") in an exported history.
func TestHistoryFieldsNamed(t *testing.T) {
	fields := []string{
		claims.FieldCreated, claims.FieldText, claims.FieldStatus, claims.FieldRating,
		claims.FieldConclusion, claims.FieldRationale, claims.FieldClaimant, claims.FieldClaimDate,
		claims.FieldTags, claims.FieldAnchor, claims.FieldEvidence, claims.FieldDeleted,
		claims.FieldMerged, claims.FieldConflict, claims.FieldLinked, claims.FieldVerdictCopied,
		claims.FieldDismissed, claims.FieldUndismissed, claims.FieldUnlinked,
	}
	for _, l := range []*labels{labelsEN, labelsDE} {
		for _, f := range fields {
			if l.FieldName[f] == "" {
				t.Errorf("%s: history field %q has no name", l.Lang, f)
			}
		}
	}
}

// TestHistoryUnlinkedInGerman checks that a German report writes a link
// taken back, and whose link it was, in German.
func TestHistoryUnlinkedInGerman(t *testing.T) {
	at := time.Date(2026, 12, 6, 11, 50, 0, 0, time.UTC)
	e := &claims.Event{Field: claims.FieldUnlinked, At: at.Add(time.Hour),
		Old: claims.LinkText("Lea Test", at.Format(claims.DismissalLayout)), New: "claim 01a24b1e"}
	want := "Verknüpfung zurückgenommen: als „dieselbe“ verknüpft von Lea Test, " +
		labelsDE.shortDateTime(at, time.UTC) + " → Behauptung 01a24b1e"
	if got := eventItem(e, nil, labelsDE, time.UTC).Text; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	e.Old = claims.LinkText("", "")
	if got := eventItem(e, nil, labelsDE, time.UTC).Text; !strings.Contains(got, "(von wem und wann nicht festgehalten)") {
		t.Errorf("a link not recorded: %q", got)
	}
}

// TestHistoryPairSidesInGerman checks that a German report writes the
// sides of seen-before events in German: storage keeps them in English.
func TestHistoryPairSidesInGerman(t *testing.T) {
	e := &claims.Event{Field: claims.FieldUndismissed, At: time.Date(2026, 12, 6, 12, 0, 0, 0, time.UTC),
		Old: "dismissed as not the same by Lea Test at 2026-12-06 11:50 UTC",
		New: "claim 01a24b1e-5f42-7039-b293-59b6103b8ad7"}
	got := eventItem(e, nil, labelsDE, time.UTC).Text
	want := "Verwerfen zurückgenommen: als „nicht dieselbe“ verworfen von Lea Test, " +
		labelsDE.shortDateTime(time.Date(2026, 12, 6, 11, 50, 0, 0, time.UTC), time.UTC) +
		" → Behauptung 01a24b1e-5f42-7039-b293-59b6103b8ad7"
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	if en := eventItem(e, nil, labelsEN, time.UTC).Text; !strings.Contains(en, "dismissed as not the same by Lea Test") || !strings.Contains(en, "→ claim 01a24b1e") {
		t.Errorf("English: %q", en)
	}
}
