package app

import (
	"fyne.io/fyne/v2/lang"

	"claimdesk/claims"
)

// parseWebAddress reads a source's web address as typed (claims.WebAddress:
// a bare host and path gets "https://"), refusing anything else with a
// message for the field.
func parseWebAddress(s string) (string, error) {
	addr, ok := claims.WebAddress(s)
	if !ok {
		return "", notWebAddress()
	}
	return addr, nil
}

// notWebAddress is the message under the web address field.
func notWebAddress() error {
	return claims.Errorf(claims.EINVALID, "%s", lang.L("This is not a web address. Write it as https://example.org/page, or leave the field empty."))
}
