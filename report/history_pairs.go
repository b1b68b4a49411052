package report

import (
	"time"

	"claimdesk/claims"
)

// pairSide writes one side of a "seen before" history event (linked,
// verdict copied, dismissed, dismissal or link taken back) in the report's
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
	case p.Link && p.At.IsZero():
		return l.LinkUnrecorded
	case p.Link:
		return l.LinkedBy + " " + p.By + ", " + l.shortDateTime(p.At, loc)
	}
	return l.DismissedBy + " " + p.By + ", " + l.shortDateTime(p.At, loc)
}
