package claims

import (
	"strings"
	"time"
)

// How storage writes the sides of a pair's history events (FieldLinked,
// FieldVerdictCopied, FieldDismissed, FieldUndismissed, FieldUnlinked), in
// English and kept so: the other side of the pair as PairClaimPrefix + its
// ID or PairRecordPrefix + "ID: URL (archive …)", a dismissal removed by the
// event as DismissalText and a link removed as LinkText. ReadPairSide reads them back, for the window and
// the reports to write them in their own language.
const (
	PairClaimPrefix  = "claim "
	PairRecordPrefix = "record "
	dismissalPrefix  = "dismissed as not the same by "
	dismissalAt      = " at "
	linkPrefix       = "linked as the same by "
	linkUnrecorded   = "linked as the same before links were recorded"
	// DismissalLayout is the layout of a dismissal's time in DismissalText.
	DismissalLayout = "2006-01-02 15:04 MST"
)

// DismissalText describes a dismissal by who made it and when (its time
// in UTC, written in DismissalLayout).
func DismissalText(by, when string) string {
	return dismissalPrefix + by + dismissalAt + when
}

// LinkText describes a link by who made it and when (as DismissalText);
// with neither known (a link older than the record of links) it says so.
func LinkText(by, when string) string {
	if by == "" && when == "" {
		return linkUnrecorded
	}
	return linkPrefix + by + dismissalAt + when
}

// PairSide is one side of a pair's history event, read back: Claim or
// Record (what follows PairRecordPrefix) for the other side of the pair, or
// By and At for a dismissal removed, or Link with By and At for a link
// removed (both empty when it was not recorded).
type PairSide struct {
	Claim, Record string
	Link          bool
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
	if v == linkUnrecorded {
		return PairSide{Link: true}, true
	}
	if rest, ok := strings.CutPrefix(v, dismissalPrefix); ok {
		if by, at, ok := readByAt(rest); ok {
			return PairSide{By: by, At: at}, true
		}
	}
	if rest, ok := strings.CutPrefix(v, linkPrefix); ok {
		if by, at, ok := readByAt(rest); ok {
			return PairSide{Link: true, By: by, At: at}, true
		}
	}
	return PairSide{}, false
}

// readByAt reads "NAME at TIME" (TIME in DismissalLayout).
func readByAt(rest string) (string, time.Time, bool) {
	if i := strings.LastIndex(rest, dismissalAt); i >= 0 {
		if at, err := time.Parse(DismissalLayout, rest[i+len(dismissalAt):]); err == nil {
			return rest[:i], at, true
		}
	}
	return "", time.Time{}, false
}
