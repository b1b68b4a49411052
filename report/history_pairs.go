package report

import (
	"time"

	"claimdesk/claims"
)

// pairSide writes one side of a "seen before" history event (linked,
// verdict copied, dismissed, dismissal taken back) in the report's
// language: storage writes these sides in English (claims.ReadPairSide);
// anything else stays as stored.
func pairSide(v string, l *labels, loc *time.Location) string {
	p, ok := claims.ReadPairSide(v)
	switch {
	case !ok:
		return v
	case p.Claim != "":
		return l.PairClaim + " " + p.Claim
	case p.Record != "":
		return l.PairRecord + " " + p.Record
	}
	return l.DismissedBy + " " + p.By + ", " + l.shortDateTime(p.At, loc)
}
