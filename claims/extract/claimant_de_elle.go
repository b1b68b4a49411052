package extract

import "strings"

// nounElleDE reports whether stem (lower case, without its final -e) is
// that of a German noun in -elle and its compounds ("Stelle",
// "Pressestelle", "Quelle", "Welle", "Zelle"): they end like adjectives
// in -ell ("offizielle") but take no adjective endings.
func nounElleDE(stem string) bool {
	for _, n := range [...]string{"stell", "quell", "well", "zell"} {
		if strings.HasSuffix(stem, n) {
			return true
		}
	}
	return false
}
