package app

import (
	"fyne.io/fyne/v2/lang"

	"claimdesk/claims"
)

// pairValue shows one side of a "seen before" history event (linked,
// verdict copied, dismissed, dismissal or link taken back) in the interface
// language: storage writes these sides in English (claims.ReadPairSide);
// anything else is shown as stored.
func pairValue(v string) string {
	p, ok := claims.ReadPairSide(v)
	switch {
	case !ok:
		return v
	case p.Claim != "":
		return lang.L("Claim") + " " + p.Claim
	case p.Record != "":
		return lang.L("archive record") + " " + p.Record
	case p.Link && p.At.IsZero():
		return lang.L("linked as the same (by whom and when not recorded)")
	case p.Link:
		return lang.L("linked as the same by") + " " + p.By + ", " + formatTime(p.At)
	}
	return lang.L("dismissed as not the same by") + " " + p.By + ", " + formatTime(p.At)
}
