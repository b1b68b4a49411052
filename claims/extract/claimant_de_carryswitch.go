package extract

// A carried speaker is not always the last claimant: a quotation in the
// first person after a unit that named a person ("Eva Roth winkt ab.
// „Ich bleibe.“"), an "Er"/"Sie" of the other gender or a unit that opens
// with an earlier speaker's surname hand the voice to someone else. The
// Konjunktiv I that follows goes on in that new voice ("Eva Roth winkt ab.
// „Ich bleibe.“ Sie zeigt auf die Halle. Die habe der Verein bezahlt."),
// not in the voice of the claimant before the switch.

// carrySwitchDE makes a carried speaker who differs from the last
// claimant the speaker that later units carry on (prevClaim).
func (d *docState) carrySwitchDE(who string, carried bool) {
	if carried && who != "" && who != d.prevClaim {
		d.prevClaim = who
	}
}
