package app

import (
	"fyne.io/fyne/v2/lang"

	"claimdesk/claims"
)

// pairValue shows one side of a "seen before" history event (linked,
// verdict copied, dismissed, dismissal taken back) in the interface
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
	}
	return lang.L("dismissed as not the same by") + " " + p.By + ", " + formatTime(p.At)
}
