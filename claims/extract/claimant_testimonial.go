package extract

import "strings"

// A testimonial text ("Drei Pflegekräfte erzählen", "Three nurses on the
// winter surge") gives each person a block of their own: a line with the
// person's full name and what they are ("Jonas Roth, 34, Pfleger in
// Kassel", "Mira Lund (51), Altenpflegerin"), then their own words in the
// first person, without quotation marks ("Ich arbeite seit zwölf Jahren
// auf der Station."). Those words are the person's, not the author's:
// noteTestimonialHeading starts the person's block at such a line, as the
// lead of a protocol names its person (protocolDE; protocolSpeakerDE gives
// the units), and makes the person the speaker a quotation right after the
// line keeps. Any other heading ends a block it started, so that what
// follows a subtitle or a credit ("Protokolle: Lena Hartwig") is the
// author's again.

// maxTestimonialHeading is the most tokens a person's line may have: a
// name, an age and a role with its place, not a sentence.
const maxTestimonialHeading = 16

// noteTestimonialHeading starts a testimonial block at a heading that
// names a person (testimonialName) and ends the block an earlier such
// heading started at any other heading.
func (d *docState) noteTestimonialHeading(u *claimUnit, heading bool) {
	if !heading {
		return
	}
	if name := d.testimonialName(u); name != "" {
		d.protocol = protocolDE{who: name, byHeading: true}
		d.prevClaim, d.sinceClaim = name, 0 // the person's quotations after the line keep them
		return
	}
	if d.protocol.byHeading {
		d.protocol = protocolDE{}
	}
}

// testimonialName returns the person a heading describes: a short line
// with no verb of saying that opens with a full name the text knows as a
// person's, followed by an age ("Jonas Roth, 34, …", "Mira Lund (51), …")
// or by what the person is ("Jonas Roth, Pfleger in Kassel", "Dale Hux,
// wheat farmer"); "" for any other line, such as a letter's signature
// with a place ("Eva Roth, Talheim") or a line on a page of letters.
func (d *docState) testimonialName(u *claimUnit) string {
	name := d.unitFirst
	if name == "" || d.letters || len(u.verbs) > 0 || len(u.toks) > maxTestimonialHeading || !strings.HasPrefix(u.text, name) {
		return ""
	}
	rest, ok := strings.CutPrefix(u.text[len(name):], ", ")
	if !ok {
		if rest, ok = strings.CutPrefix(u.text[len(name):], " ("); !ok {
			return ""
		}
	}
	if !ageOrRole(rest, u.de) {
		return ""
	}
	first, _, two := strings.Cut(name, " ")
	last := name[strings.LastIndexByte(name, ' ')+1:]
	if !two || wordCategory(last)&cRole != 0 {
		return "" // one word, or a role as the last word
	}
	if u.de && (!firstNamesDE(first) || !d.personLikeDE(name)) || !u.de && !d.personLikeEN(name) {
		return ""
	}
	return name
}

// ageOrRole reports whether the words after a name in a heading open with
// an age (one to three digits ending the line or followed by a comma or a
// bracket) or with what the person is: a role or office (in English also
// any word in lower case: "wheat farmer", "a nurse").
func ageOrRole(rest string, de bool) bool {
	k := 0
	for k < len(rest) && k < 4 && rest[k] >= '0' && rest[k] <= '9' {
		k++
	}
	if k > 0 && k <= 3 && (k == len(rest) || rest[k] == ',' || rest[k] == ')') {
		return true
	}
	w, _, _ := strings.Cut(rest, " ")
	w = strings.TrimRight(w, ",")
	if w == "" {
		return false
	}
	if wordCategory(w)&cRole != 0 {
		return true
	}
	if de {
		return titleWordDE(w)
	}
	return !upperFirst(w)
}
