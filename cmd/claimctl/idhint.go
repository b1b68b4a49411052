package main

import "regexp"

// partialID matches the start of a Claimdesk ID (8 hexadecimal digits,
// then groups joined by dashes) standing as a word of a message.
var partialID = regexp.MustCompile(`(?:^|\s)([0-9a-fA-F]{8}(?:-[0-9a-fA-F]*){0,4})(?:[\s.,:;]|$)`)

// idHint is what a not-found message adds when the ID it names is only the
// start of one ("claim show 01a249c1", as a checker used to short Git
// hashes might type): claimctl takes whole IDs only. It is "" for a whole
// ID or none.
func idHint(msg string) string {
	for _, m := range partialID.FindAllStringSubmatch(msg, -1) {
		if len(m[1]) < 36 {
			return " Give the whole ID (36 characters, as claimctl lists it); shortened IDs are not looked up."
		}
	}
	return ""
}
