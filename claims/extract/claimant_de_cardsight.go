package extract

// "sehen" takes a position ("Roth sieht die Lage gelassen"), but in a
// match report "sah Gelb", "bekam die Rote Karte zu sehen" says that a
// referee cautioned a player: no view, no claim. cardSightDE tells the
// verb of position positionSpeakerDE reads from that sense.

// cardSightDE reports whether the form of "sehen" at v has a card of a
// referee in its clause: "Gelb", "Rot", "Gelb-Rot" or "Karte".
func cardSightDE(toks []token, v int) bool {
	switch toks[v].low {
	case "sah", "sahen", "sieht", "sehen":
	default:
		return false
	}
	s := v
	for s > 0 && !clauseBreak(&toks[s-1]) {
		s--
	}
	for k := s; k < len(toks) && (k <= v || !clauseBreak(&toks[k])); k++ {
		switch toks[k].low {
		case "gelb", "rot", "gelb-rot", "gelbrot", "karte":
			return true
		}
	}
	return false
}
