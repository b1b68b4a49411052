package sqlstore

import (
	"context"
	"fmt"
	"strings"

	"claimdesk/claims"
)

// levelText shows a level of a scale in its history: its labels and colour.
func levelText(r claims.Rating) string {
	labels := r.LabelEN
	if r.LabelDE != "" && r.LabelDE != r.LabelEN {
		if labels != "" {
			labels += " / "
		}
		labels += r.LabelDE
	}
	return labels + " " + r.Color
}

// orderText lists the English (else German) labels of ratings, best first,
// each with its ordinal: "True (2) > False (1)".
func orderText(rs []claims.Rating) string {
	labels := make([]string, len(rs))
	for i, r := range rs {
		labels[i] = fmt.Sprintf("%s (%d)", r.Label("en"), r.Ordinal)
	}
	return strings.Join(labels, " > ")
}

// scaleChanges returns the changes from scale old (nil for a new scale) to
// sc as history records them: created, or renamed, levels removed, added
// and changed, and a new order or new ordinals of the levels both versions
// have (what exports give as ratingValue).
func scaleChanges(old, sc *claims.RatingScale) changeSet {
	if old == nil {
		return changeSet{{claims.FieldCreated, "", sc.Name}}
	}
	var cs changeSet
	if old.Name != sc.Name {
		cs = append(cs, change{claims.FieldName, old.Name, sc.Name})
	}
	var keptOld, keptNew []claims.Rating
	for _, r := range old.Ratings {
		if sc.Rating(r.ID) == nil {
			cs = append(cs, change{claims.FieldLevelRemoved, levelText(r), ""})
		} else {
			keptOld = append(keptOld, r)
		}
	}
	for _, r := range sc.Ratings {
		was := old.Rating(r.ID)
		switch {
		case was == nil:
			cs = append(cs, change{claims.FieldLevelAdded, "", levelText(r)})
		case levelText(*was) != levelText(r):
			cs = append(cs, change{claims.FieldLevel, levelText(*was), levelText(r)})
			keptNew = append(keptNew, r)
		default:
			keptNew = append(keptNew, r)
		}
	}
	for i := range keptOld {
		if keptOld[i].ID != keptNew[i].ID || keptOld[i].Ordinal != keptNew[i].Ordinal {
			cs = append(cs, change{claims.FieldOrder, orderText(old.Ratings), orderText(sc.Ratings)})
			break
		}
	}
	return cs
}

// recordScaleChanges appends the history of saving sc over old (nil when
// sc is new) to the scale's history.
func recordScaleChanges(ctx context.Context, tx *Tx, old, sc *claims.RatingScale, actor string) error {
	return scaleChanges(old, sc).record(ctx, tx, claims.RecordScale, sc.ID, now(), actor)
}
