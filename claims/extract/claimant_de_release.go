package extract

import "strings"

// A press release pasted whole names its issuer at the top
// ("Pressemitteilung der Talwerke AG", or "Pressemitteilung" and the
// issuing body on the next line: "Landesamt für Umwelt") and speaks for it
// in the first person plural ("Wir haben die Mittel verdoppelt."). Those
// units are the issuer's claims, as a ministry's "wir" is the ministry:
// releaseSpeakerDE gives the issuer to an unquoted unit in the first
// person plural that has no speaker of its own.

// releaseDE is what the opening of a press release says of its issuer.
type releaseDE struct {
	issuer  string // the body the release speaks for
	pending bool   // a bare "Pressemitteilung" was seen: the issuer may follow on its own line
}

// releaseOpening is the last unit in which the opening may name the
// issuer.
const releaseOpening = 4

// releaseNounsDE are the nouns that title a press release.
var releaseNounsDE = map[string]bool{
	"pressemitteilung": true, "pressemeldung": true, "presseinformation": true, "medieninformation": true, "pressemitteilungen": true,
}

// noteReleaseDE reads the issuer from the text's opening units: a heading
// that opens with a noun of releaseNounsDE and goes on with "der", "des",
// "von" or "vom" and a capitalised name gives the name (its first word out
// of the genitive after "des"); a heading of that noun alone lets the next
// heading give the issuer when it names a body (bodyNameDE: "Ministerium
// für …", "Landesamt …").
func (d *docState) noteReleaseDE(toks []token, text string, heading bool) {
	r := &d.release
	if r.issuer != "" || d.units > releaseOpening || !heading || len(toks) == 0 {
		r.pending = r.pending && heading
		return
	}
	if releaseNounsDE[toks[0].low] {
		r.pending = false
		if len(toks) >= 3 && isAnyDE(toks[1].low, "der", "des", "von", "vom") && capWord(&toks[2]) {
			r.issuer = releaseNameDE(toks, text, toks[1].low == "des")
		} else if len(toks) == 1 || len(toks) == 2 && toks[1].p == ':' {
			r.pending = true
		}
		return
	}
	if r.pending {
		r.pending = false
		if name := strings.TrimRight(text, " :."); capWord(&toks[0]) && bodyNameDE(name) {
			r.issuer = name
		}
	}
}

// releaseNameDE returns the name after the release noun and its article
// (toks[2] on), without a final colon or stop; the first word out of the
// genitive when gen ("des Landesamts für Umwelt" → "Landesamt für Umwelt").
func releaseNameDE(toks []token, text string, gen bool) string {
	name := strings.TrimRight(text[toks[2].s:], " :.")
	if gen {
		w := text[toks[2].s:toks[2].e]
		name = genitiveBaseDE(w) + name[len(w):]
	}
	return name
}

// isAnyDE reports whether w is one of words.
func isAnyDE(w string, words ...string) bool {
	for _, x := range words {
		if w == x {
			return true
		}
	}
	return false
}

// releaseSpeakerDE returns who and carried unchanged, except that an
// unquoted unit in the first person plural with no speaker of its own, or
// only one carried over, gets the release's issuer (carried).
func (d *docState) releaseSpeakerDE(toks []token, text, who string, carried bool) (string, bool) {
	if d.release.issuer == "" || who != "" && !carried || !unquotedCatEN(toks, text, cFirstPl) {
		return who, carried
	}
	return d.release.issuer, true
}
