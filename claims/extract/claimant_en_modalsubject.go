package extract

// "Some pier owners could claim the subsidy", "Most ferry pilots will
// speak to the board": a verb after a modal of possibility or of
// the future tells what someone may or will do or say, not what they
// said; the subject right before the modal is no claimant.

// modalSubjectEN returns "" when the English claimant who is written
// right before "could", "might", "may", "can" or "will" in the unit: what
// the subject may or will do or say, no claim of its own, unless a verb of
// saying of the unit comes later ("Kelvar Foods will cut 300 jobs, the
// company said"); who otherwise.
// "would" stays ("Lee would say only that …" reports what was said).
func modalSubjectEN(u *claimUnit, who string) string {
	end, ok := whoEndEN(u, who)
	if !ok {
		return who
	}
	for m := 1; m < len(u.toks); m++ {
		if u.toks[m-1].e == end && foldIn(u.toks[m].low, "could", "might", "may", "can", "will") && !laterVerbEN(u.verbs, m+3) {
			return ""
		}
	}
	return who
}

// laterVerbEN reports whether one of the verbs of saying verbs stands
// after token k.
func laterVerbEN(verbs []int, k int) bool {
	for _, v := range verbs {
		if v > k {
			return true
		}
	}
	return false
}
