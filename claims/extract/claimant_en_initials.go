package extract

// Initials written together ("T.S. Ellis", "J.K. Rowling", "George H.W.
// Bush") are one token of letters and full stops ("T.S" before the last
// full stop); like a single initial ("Ann B. Lee") they belong to the
// name.

// dottedInitials reports whether w (lower case) is two or more single
// letters joined by full stops: "t.s", "h.w"; not the abbreviations of
// countries and bodies written so ("U.S.", "U.K.", "U.N.", "E.U.", "D.C.").
func dottedInitials(w string) bool {
	if len(w) < 3 || len(w)%2 == 0 || foldIn(w, "u.s", "u.k", "u.n", "e.u", "d.c", "u.s.a") {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if i%2 == 1 && c != '.' || i%2 == 0 && (c < 'a' || c > 'z') {
			return false
		}
	}
	return true
}
