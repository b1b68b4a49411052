package app

import (
	"strings"

	"claimdesk/claims"
	"claimdesk/report"
)

// check refuses choices an export cannot be made of: a ClaimReview needs
// the organisation and a web review address, as claimctl asks for them;
// without, every claim would be left out of it. An address typed without
// "https://" gets it, as a source's does (parseWebAddress), and is shown
// so. Errors: EINVALID.
func (d *exportDialog) check() error {
	if d.selectedFormat() != report.ClaimReview {
		return nil
	}
	if strings.TrimSpace(d.org.Text) == "" || strings.TrimSpace(d.reviewURL.Text) == "" {
		return claims.Errorf(claims.EINVALID, "A ClaimReview needs your organisation and the address where each check is published ({id} stands for the claim's ID).")
	}
	addr, err := parseWebAddress(d.reviewURL.Text)
	if err != nil || !strings.HasPrefix(strings.ToLower(addr), "http") {
		return claims.Errorf(claims.EINVALID, "The review address is not a web address: %s. Write it as https://example.org/check/{id}.", strings.TrimSpace(d.reviewURL.Text))
	}
	d.reviewURL.SetText(addr)
	return nil
}
