package report

import (
	"testing"

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
		claims.FieldDismissed, claims.FieldUndismissed,
	}
	for _, l := range []*labels{labelsEN, labelsDE} {
		for _, f := range fields {
			if l.FieldName[f] == "" {
				t.Errorf("%s: history field %q has no name", l.Lang, f)
			}
		}
	}
}
