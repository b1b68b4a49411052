package claims

import "strings"

// CopiedVerdictStays reports whether a claim's verdict is still the one
// a link to (kind, targetID) copied into it: in its history (oldest first)
// the newest rating or conclusion change is that of a verdict copy, and
// the link made just before that copy is to this target (that link or a
// later one to it may be the one taken back). A link taken back later
// keeps such a verdict; the window and claimctl unlink say so.
func CopiedVerdictStays(evs []*Event, kind, targetID string) bool {
	linkedTo, copiedFrom := "", ""
	for _, ev := range evs {
		switch ev.Field {
		case FieldLinked:
			linkedTo = pairTargetKey(ev.New)
		case FieldVerdictCopied: // written after the verdict it copied
			copiedFrom = linkedTo
		case FieldRating, FieldConclusion:
			copiedFrom = ""
		}
	}
	return copiedFrom != "" && copiedFrom == TargetKey(kind, targetID)
}

// pairTargetKey returns the TargetKey of the other side a linked
// event names, or "".
func pairTargetKey(v string) string {
	side, ok := ReadPairSide(v)
	switch {
	case !ok:
		return ""
	case side.Claim != "":
		return TargetKey(TargetClaim, side.Claim)
	case side.Record != "":
		id, _, _ := strings.Cut(side.Record, ": ")
		return TargetKey(TargetRecord, id)
	}
	return ""
}
