package claims

import (
	"strings"
	"time"
)

// How storage writes the sides of a pair's history events (FieldLinked,
// FieldVerdictCopied, FieldDismissed, FieldUndismissed), in English and
// kept so: the other side of the pair as PairClaimPrefix + its ID or
// PairRecordPrefix + "ID: URL (archive …)", and a dismissal removed by the
// event as DismissalText. ReadPairSide reads them back, for the window and
// the reports to write them in their own language.
const (
	PairClaimPrefix  = "claim "
	PairRecordPrefix = "record "
	dismissalPrefix  = "dismissed as not the same by "
	dismissalAt      = " at "
	// DismissalLayout is the layout of a dismissal's time in DismissalText.
	DismissalLayout = "2006-01-02 15:04 MST"
)

// DismissalText describes a dismissal by who made it and when (its time
// in UTC, written in DismissalLayout).
func DismissalText(by, when string) string {
	return dismissalPrefix + by + dismissalAt + when
}

// PairSide is one side of a pair's history event, read back: Claim or
// Record (what follows PairRecordPrefix) for the other side of the pair, or
// By and At for a dismissal removed.
type PairSide struct {
	Claim, Record string
	By            string
	At            time.Time
}

// ReadPairSide reads v as storage writes a pair's side; ok is false for
// anything else (shown as stored).
func ReadPairSide(v string) (p PairSide, ok bool) {
	if id, ok := strings.CutPrefix(v, PairClaimPrefix); ok && !strings.ContainsRune(id, ' ') {
		return PairSide{Claim: id}, true
	}
	if rest, ok := strings.CutPrefix(v, PairRecordPrefix); ok {
		return PairSide{Record: rest}, true
	}
	if rest, ok := strings.CutPrefix(v, dismissalPrefix); ok {
		if i := strings.LastIndex(rest, dismissalAt); i > 0 {
			if at, err := time.Parse(DismissalLayout, rest[i+len(dismissalAt):]); err == nil {
				return PairSide{By: rest[:i], At: at}, true
			}
		}
	}
	return PairSide{}, false
}
