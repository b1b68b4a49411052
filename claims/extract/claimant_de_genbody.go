package extract

// "nach Schätzungen des Landesbauernverbands", "ein Sprecher des
// Kultusministeriums": a compound body named first in the genitive is
// named in full all the same, and a later "teilte der Verband mit" is that
// body. noteBodiesDE notes such a compound without its ending
// (genitiveBaseDE) when genitiveCompoundDE holds.

// genitiveCompoundDE reports whether w, a genitive's base, is a compound
// of the body head noun head (longer than head by a stem of three letters
// or more: "Landesbauernverband", not "Verband" or "Amt").
func genitiveCompoundDE(w, head string) bool {
	return len(w) >= len(head)+3
}
