package extract

// housekeep marks the housekeeping units of out, the units of the spans
// (one each, in order): not check-worthy at threshold th (the score at most
// hkScoreCap), no claimant, the rule named first among the reasons. A unit
// alone in its block but for a credit after it is the credit's picture
// caption (captionOf); a page number or running head alone in its block is
// housekeeping too (furnitureUnit).
func housekeep(out []Unit, spans []span, th float64) {
	var words []string // each unit's words, one buffer for the text, grown at the first unit split (hkMayOpen)
	for i := range out {
		rule := housekeepingWords(out[i].Text, &words)
		if rule == "" && captionOf(out, spans, i, &words) {
			rule = "caption before a credit"
		}
		if rule == "" && furnitureUnit(out, spans, i) {
			rule = "page number or running head" // split_furniture.go
		}
		if rule != "" {
			markHousekeeping(&out[i], rule, th)
		}
	}
}

// captionOf reports whether unit i is a caption: the first of the two
// units of its block, the second a picture credit ("Cranes unload a ship
// on Tuesday. Photo: Ann Lee/Wire"); *words is housekeepingWords' buffer.
func captionOf(out []Unit, spans []span, i int, words *[]string) bool {
	if len(spans) != len(out) || i+1 >= len(out) {
		return false
	}
	p := spans[i].para
	if i > 0 && spans[i-1].para == p || spans[i+1].para != p || i+2 < len(spans) && spans[i+2].para == p {
		return false
	}
	return housekeepingWords(out[i+1].Text, words) == "credit"
}

// markHousekeeping makes u a housekeeping unit by rule.
func markHousekeeping(u *Unit, rule string, th float64) {
	u.Score = min(u.Score, hkScoreCap)
	u.CheckWorthy = u.Score >= th
	if rule != ruleSource {
		u.Claimant = ""
	}
	u.Reasons = append([]string{"housekeeping: " + rule}, u.Reasons...)
}
