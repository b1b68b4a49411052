package claims

// StatusOnVerdict applies the newsroom's rule for the status of a claim
// that gets a verdict to upd, a save of the stored claim c, and returns
// the save to make: when upd records a verdict (a rating or a conclusion,
// not empty, other than the one stored) on a claim whose status is new,
// and does not set the status itself, the claim moves to researching — a
// claim with a verdict is no longer untouched, but whether it is ready for
// review is the checker's call. The move is an ordinary status change, one
// entry in the claim's history. Nothing else moves: a claim researching,
// in review, published or discarded keeps its status, and a status the
// checker chose in the same save is never overridden.
//
// The stores apply it to every UpdateClaim after the version check, so the
// window, claimctl claim set and a copied verdict (ArchiveService.Link) all
// follow it; a bundle merge takes each version as it was stored on the
// other desk, where the rule already applied. The window applies it to a
// new claim saved with a verdict through NewClaimStatus.
func StatusOnVerdict(c *Claim, upd ClaimUpdate) ClaimUpdate {
	if upd.Status != nil || !(c.Status == StatusNew || c.Status == "") || !recordsVerdict(c, upd) {
		return upd
	}
	st := StatusResearching
	upd.Status = &st
	return upd
}

// NewClaimStatus is the status a new claim c is stored with under the rule
// of StatusOnVerdict: researching when it has a verdict and its status is
// new (or not set), else its own.
func NewClaimStatus(c *Claim) Status {
	blank := &Claim{Status: c.Status}
	upd := StatusOnVerdict(blank, ClaimUpdate{RatingID: &c.RatingID, Conclusion: &c.Conclusion})
	if upd.Status != nil {
		return *upd.Status
	}
	return c.Status
}

// recordsVerdict reports whether upd sets a verdict on c that c does not
// have: a rating or a conclusion, not empty, other than the stored one.
func recordsVerdict(c *Claim, upd ClaimUpdate) bool {
	if upd.RatingID != nil && *upd.RatingID != "" && *upd.RatingID != c.RatingID {
		return true
	}
	return upd.Conclusion != nil && *upd.Conclusion != "" && *upd.Conclusion != c.Conclusion
}
