package sqlstore

import (
	"context"
	"time"

	"claimdesk/claims"
)

// changeSet collects the changed fields of a claim, an article or a
// source, each as it goes into history.
type changeSet []change

// text sets *dst to *v when v is given and differs, noting the change.
func (cs *changeSet) text(field string, dst, v *string) {
	if v != nil && *v != *dst {
		*cs = append(*cs, change{field, *dst, *v})
		*dst = *v
	}
}

// set sets *dst to v when it differs, noting the change.
func (cs *changeSet) set(field string, dst *string, v string) {
	if *dst != v {
		*cs = append(*cs, change{field, *dst, v})
		*dst = v
	}
}

// time sets *dst to *v (in UTC) when v is given and differs, noting the
// change as RFC 3339 text.
func (cs *changeSet) time(field string, dst, v *time.Time) {
	if v != nil && !v.Equal(*dst) {
		*cs = append(*cs, change{field, dateString(*dst), dateString(*v)})
		*dst = v.UTC()
	}
}

// record appends one event per change to the history of record id.
func (cs changeSet) record(ctx context.Context, tx *Tx, kind claims.RecordKind, id string, at time.Time, actor string) error {
	for _, ch := range cs {
		if err := appendEvent(ctx, tx, &claims.Event{ClaimID: id, Kind: kind, At: at, Actor: actor,
			Field: ch.field, Old: ch.old, New: ch.new}); err != nil {
			return err
		}
	}
	return nil
}

// recordDeleted appends the FieldDeleted event of a record, holding rec
// whole as JSON.
func recordDeleted(ctx context.Context, tx *Tx, kind claims.RecordKind, id string, rec any) error {
	return appendEvent(ctx, tx, &claims.Event{ClaimID: id, Kind: kind, At: now(), Actor: claims.ActorFrom(ctx),
		Field: claims.FieldDeleted, Old: canon(rec)})
}
