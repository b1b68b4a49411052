package sqlite

import (
	"bytes"
	"testing"
	"time"

	"claimdesk/storage/internal/sqlstore"
)

// TestClaimTimeRoundTrip: every time reads back exactly from its stored
// form, stored blobs sort as the times do, and times 8 bytes cannot hold
// stay text.
func TestClaimTimeRoundTrip(t *testing.T) {
	times := []time.Time{
		{},
		time.Date(1678, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1969, 12, 31, 23, 59, 59, 999999999, time.UTC),
		time.Unix(0, 0).UTC(),
		time.Date(2024, 2, 29, 12, 30, 0, 1, time.UTC),
		time.Date(2026, 12, 2, 9, 0, 0, 123456789, time.UTC),
		time.Date(2262, 1, 1, 0, 0, 0, 0, time.UTC),
	}
	var prev []byte
	for i, tm := range times {
		v := claimTime(tm)
		b, ok := v.([]byte)
		if !ok {
			t.Fatalf("%v stored as %T, want 8 bytes", tm, v)
		}
		got, err := parseClaimTime(v)
		if err != nil || !got.Equal(tm) || got.IsZero() != tm.IsZero() {
			t.Errorf("%v read back as %v (%v)", tm, got, err)
		}
		if s := claimTimeText(v); s != sqlstore.FmtTime(tm) {
			t.Errorf("%v as text = %v, want %q", tm, s, sqlstore.FmtTime(tm))
		}
		if i > 0 && bytes.Compare(prev, b) >= 0 {
			t.Errorf("stored %v does not sort after the time before it", tm)
		}
		prev = b
		if back := claimTimeFromText(sqlstore.FmtTime(tm)); !tm.IsZero() && !bytes.Equal(back.([]byte), b) {
			t.Errorf("%v from text = %v, want %v", tm, back, b)
		}
	}
	far := time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC)
	if v := claimTime(far); v != sqlstore.FmtTime(far) {
		t.Errorf("%v stored as %v, want text", far, v)
	} else if got, err := parseClaimTime(v); err != nil || !got.Equal(far) {
		t.Errorf("%v read back as %v (%v)", far, got, err)
	}
}
